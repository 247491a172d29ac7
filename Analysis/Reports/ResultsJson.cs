using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;

namespace Shortfall.Analysis.Reports;

/// <summary>
/// Reads a JSON results file back through the contract it was written with, turning every problem
/// into a <see cref="ResultsFormatException"/> that names the file and, where it can, the field:
/// "is missing", "is not valid JSON: …", "'variants[1].headline.ci_low' is missing", "'seed' has a
/// value of the wrong kind". Unknown fields are ignored.
/// </summary>
internal static partial class ResultsJson
{
    /// <summary>The document in <paramref name="path"/>.</summary>
    /// <exception cref="ResultsFormatException">When the file is missing, unreadable, not JSON, or not a document of the contract.</exception>
    public static T Read<T>(string path, JsonTypeInfo<T> contract)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ResultsFormatException(path, File.Exists(path) ? $"cannot be read: {e.Message}" : "is missing");
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException e)
        {
            throw new ResultsFormatException(path, $"is not valid JSON: {e.Message}");
        }
        using (document)
        {
            try
            {
                return document.Deserialize(contract) ?? throw new ResultsFormatException(path, "holds null, not a document");
            }
            catch (JsonException e)
            {
                throw new ResultsFormatException(path, Problem(e));
            }
        }
    }

    // The serializer's "$.variants[1].headline" and its message, as "'variants[1].headline.ci_low' is missing"
    // or "'seed' has a value of the wrong kind".
    private static string Problem(JsonException e)
    {
        var path = e.Path is { } p && p.StartsWith("$.", StringComparison.Ordinal) ? p[2..] : "";
        var missing = MissingProperties().Match(e.Message);
        if (missing.Success)
        {
            return string.Join("; ", missing.Groups[1].Value.Split(", ").Select(name => $"'{Join(path, name.Trim('\''))}' is missing"));
        }

        return path.Length == 0 ? $"is not a results document: {e.Message}" : $"'{path}' has a value of the wrong kind";
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    [GeneratedRegex("missing required properties including: (.+)\\.$")]
    private static partial Regex MissingProperties();
}
