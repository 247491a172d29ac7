using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Shortfall.Analysis.Output;

/// <summary>
/// How every JSON file of Shortfall is written: its document type through its generated contract
/// (doubles by <see cref="Documents.RoundTripDoubleConverter"/>), indented with '\n', names in any
/// script left readable, ending in a newline.
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

    /// <summary><paramref name="document"/> as UTF-8 bytes ending in a newline.</summary>
    public static byte[] Document<T>(T document, JsonTypeInfo<T> contract)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            JsonSerializer.Serialize(json, document, contract);
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }
}
