using System.Text.Json;

namespace Shortfall.Analysis.Reports;

/// <summary>
/// A value inside a results file that knows where it is ("variants[2].headline.mean"), so that
/// every missing key or value of the wrong kind is reported as a <see cref="ResultsFormatException"/>
/// naming the file and the path.
/// </summary>
internal readonly record struct JsonField(string File, string Path, JsonElement Element)
{
    /// <summary>The root of the JSON file <paramref name="path"/>.</summary>
    /// <exception cref="ResultsFormatException">When the file is missing, unreadable or not JSON.</exception>
    public static JsonField Load(string path)
    {
        byte[] bytes;
        try
        {
            bytes = System.IO.File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ResultsFormatException(path, System.IO.File.Exists(path) ? $"cannot be read: {e.Message}" : "is missing");
        }
        try
        {
            using var document = JsonDocument.Parse(bytes);
            return new JsonField(path, "", document.RootElement.Clone());
        }
        catch (JsonException e)
        {
            throw new ResultsFormatException(path, $"is not valid JSON: {e.Message}");
        }
    }

    public JsonField this[string key]
    {
        get
        {
            RequireKind(JsonValueKind.Object, "an object");
            return Element.TryGetProperty(key, out var value)
                ? new JsonField(File, Child(key), value)
                : throw Fail($"'{Child(key)}' is missing");
        }
    }

    public bool IsNull => Element.ValueKind == JsonValueKind.Null;

    public string String()
    {
        RequireKind(JsonValueKind.String, "a string");
        return Element.GetString()!;
    }

    public double Number()
    {
        RequireKind(JsonValueKind.Number, "a number");
        var value = Element.GetDouble();
        return double.IsFinite(value) ? value : throw Fail($"'{Path}' is not a finite number");
    }

    public double? NullableNumber() => IsNull ? null : Number();

    public long Integer()
    {
        RequireKind(JsonValueKind.Number, "a number");
        return Element.TryGetInt64(out var value) ? value : throw Fail($"'{Path}' is not a whole number");
    }

    public IEnumerable<JsonField> Items()
    {
        RequireKind(JsonValueKind.Array, "an array");
        var (file, path) = (File, Path);
        return Element.EnumerateArray().Select((e, i) => new JsonField(file, $"{path}[{i}]", e));
    }

    public ResultsFormatException Fail(string problem) => new(File, problem);

    private string Child(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    private void RequireKind(JsonValueKind kind, string what)
    {
        if (Element.ValueKind != kind)
            throw Fail($"'{(Path.Length == 0 ? "the document" : Path)}' should be {what}, not {Element.ValueKind.ToString().ToLowerInvariant()}");
    }
}
