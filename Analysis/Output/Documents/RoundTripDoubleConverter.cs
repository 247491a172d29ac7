using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Shortfall.Analysis.Output.Documents;

/// <summary>
/// Every double of Shortfall's JSON files: written in its shortest round-trip form ("R",
/// culture-invariant), so the same value always gives the same bytes and reads back as the same
/// double, and as null when it is not finite (JSON has no NaN); a nullable double reads null back as null.
/// </summary>
internal sealed class RoundTripDoubleConverter : JsonConverter<double>
{
    /// <inheritdoc/>
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = reader.GetDouble();
        return double.IsFinite(value) ? value : throw new JsonException("The number is not finite.");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        if (double.IsFinite(value))
        {
            writer.WriteRawValue(value.ToString("R", CultureInfo.InvariantCulture), skipInputValidation: true);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
