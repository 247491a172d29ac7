using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Shortfall.Tests.Configuration;

/// <summary>
/// Checks a YAML document against a JSON Schema, enough of it for the scenario schema: $ref, anyOf,
/// type, properties, additionalProperties, propertyNames, items, pattern, enum, minimum, maximum.
/// Plain scalars take their JSON type by the YAML 1.2 core schema, as YAML-aware editors do.
/// </summary>
internal sealed class SchemaConformance(JsonElement root)
{
    private readonly List<string> _problems = [];

    public static IReadOnlyList<string> Problems(string schema, string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        using var document = JsonDocument.Parse(schema);
        var check = new SchemaConformance(document.RootElement);
        check.Check(document.RootElement, stream.Documents[0].RootNode, "");
        return check._problems;
    }

    private void Check(JsonElement schema, YamlNode node, string path)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            Check(root.GetProperty("$defs").GetProperty(reference.GetString()!["#/$defs/".Length..]), node, path);
        }
        if (schema.TryGetProperty("anyOf", out var alternatives))
        {
            var failures = alternatives.EnumerateArray().Select(a => Attempt(a, node, path)).ToList();
            if (failures.All(f => f.Count > 0))
            {
                _problems.Add($"{path}: matches no alternative: {string.Join(" / ", failures.SelectMany(f => f))}");
            }
        }
        if (schema.TryGetProperty("type", out var type) && !HasType(node, type.GetString()!))
        {
            _problems.Add($"{path}: is not of type {type.GetString()}");
            return;
        }
        switch (node)
        {
            case YamlMappingNode mapping:
                CheckMapping(schema, mapping, path);
                break;
            case YamlSequenceNode sequence when schema.TryGetProperty("items", out var items):
                var index = 0;
                foreach (var item in sequence)
                {
                    Check(items, item, $"{path}[{index++}]");
                }
                break;
            case YamlScalarNode scalar:
                CheckScalar(schema, scalar, path);
                break;
        }
    }

    private List<string> Attempt(JsonElement schema, YamlNode node, string path)
    {
        var check = new SchemaConformance(root);
        check.Check(schema, node, path);
        return check._problems;
    }

    private void CheckMapping(JsonElement schema, YamlMappingNode mapping, string path)
    {
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value!;
            var keyPath = path.Length == 0 ? key : $"{path}.{key}";
            if (schema.TryGetProperty("propertyNames", out var names))
            {
                Check(names, keyNode, keyPath);
            }
            if (schema.TryGetProperty("properties", out var properties) && properties.TryGetProperty(key, out var property))
            {
                Check(property, value, keyPath);
            }
            else if (schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.Object)
            {
                Check(additional, value, keyPath);
            }
            else if (schema.TryGetProperty("additionalProperties", out var closed) && closed.ValueKind == JsonValueKind.False)
            {
                _problems.Add($"{keyPath}: is not in the schema");
            }
        }
    }

    private void CheckScalar(JsonElement schema, YamlScalarNode scalar, string path)
    {
        var text = scalar.Value ?? "";
        if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text, pattern.GetString()!, RegexOptions.ECMAScript))
        {
            _problems.Add($"{path}: '{text}' does not match {pattern.GetString()}");
        }
        if (schema.TryGetProperty("enum", out var choices) && !choices.EnumerateArray().Any(c => c.GetString() == text))
        {
            _problems.Add($"{path}: '{text}' is not one of the enumerated values");
        }
        if (schema.TryGetProperty("minimum", out var minimum) && double.Parse(text, CultureInfo.InvariantCulture) < minimum.GetDouble())
        {
            _problems.Add($"{path}: {text} is below {minimum}");
        }
        if (schema.TryGetProperty("maximum", out var maximum) && double.Parse(text, CultureInfo.InvariantCulture) > maximum.GetDouble())
        {
            _problems.Add($"{path}: {text} is above {maximum}");
        }
    }

    private static bool HasType(YamlNode node, string type) => (node, type) switch
    {
        (YamlMappingNode, "object") => true,
        (YamlSequenceNode, "array") => true,
        (YamlScalarNode scalar, _) => ScalarType(scalar) == type || (type == "number" && ScalarType(scalar) == "integer"),
        _ => false,
    };

    private static string ScalarType(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style is not (YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any))
        {
            return "string";
        }
        if (Regex.IsMatch(text, "^[-+]?[0-9]+$"))
        {
            return "integer";
        }
        if (Regex.IsMatch(text, @"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$"))
        {
            return "number";
        }
        return text is "" or "~" or "null" ? "null" : text is "true" or "false" ? "boolean" : "string";
    }
}
