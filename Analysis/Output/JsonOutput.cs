using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Shortfall.Analysis.Statistics;

namespace Shortfall.Analysis.Output;

/// <summary>
/// How every JSON file of Shortfall is written: indented with '\n', names in any script left
/// readable, doubles in their shortest round-trip form ("R", culture-invariant) so the same value
/// always gives the same bytes, and null where a value is undefined (JSON has no NaN).
/// </summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        // Names in Korean or with accents stay readable; the files are never embedded in HTML unescaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The document <paramref name="write"/> writes, as UTF-8 bytes ending in a newline.</summary>
    public static byte[] Document(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
            write(json);
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>Writes <c>"name": value</c>, or null when the value is absent or not finite.</summary>
    public static void Number(Utf8JsonWriter json, string name, double? value)
    {
        json.WritePropertyName(name);
        if (value is { } v && double.IsFinite(v))
            json.WriteRawValue(v.ToString("R", CultureInfo.InvariantCulture), skipInputValidation: true);
        else
            json.WriteNullValue();
    }

    /// <summary>Writes <c>"name": { "mean", "ci_low", "ci_high", "n" }</c>, or null when there is no estimate.</summary>
    public static void Mean(Utf8JsonWriter json, string name, MeanEstimate? estimate)
    {
        if (estimate is null)
        {
            json.WriteNull(name);
            return;
        }
        json.WriteStartObject(name);
        MeanFields(json, estimate);
        json.WriteEndObject();
    }

    /// <summary>Writes the fields of <paramref name="estimate"/> into the current object.</summary>
    public static void MeanFields(Utf8JsonWriter json, MeanEstimate estimate)
    {
        Number(json, "mean", estimate.Mean);
        Number(json, "ci_low", estimate.CiLow);
        Number(json, "ci_high", estimate.CiHigh);
        json.WriteNumber("n", estimate.N);
    }
}
