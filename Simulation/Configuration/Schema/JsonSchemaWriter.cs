using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Shortfall.Configuration.Schema;

/// <summary>Builds the JSON Schema document: object shapes go to $defs once and are referenced by $ref.</summary>
internal sealed class JsonSchemaWriter
{
    /// <summary>A number as the loader reads it: optional sign, digits with '_' separators, decimals, exponent.</summary>
    public const string NumberPattern = "[+-]?[0-9][0-9_]*(\\.[0-9]+)?([eE][+-]?[0-9]+)?";

    private readonly JsonObject _definitions = [];

    /// <summary>The whole schema with <paramref name="root"/> as the document's shape.</summary>
    public static string Write(ObjectShape root)
    {
        var writer = new JsonSchemaWriter();
        var document = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = "Shortfall scenario file",
        };
        var properties = writer.Properties(root);
        foreach (var key in properties.Select(p => p.Key).ToList())
        {
            var value = properties[key];
            properties.Remove(key);
            document[key] = value;
        }
        document["$defs"] = writer._definitions;
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>A $ref to <paramref name="shape"/>'s definition, adding the definition on first use.</summary>
    public JsonObject Reference(ObjectShape shape)
    {
        if (!_definitions.ContainsKey(shape.Name))
        {
            _definitions[shape.Name] = null;
            _definitions[shape.Name] = Properties(shape);
        }
        return new JsonObject { ["$ref"] = $"#/$defs/{shape.Name}" };
    }

    /// <summary>A string whose whole text matches <paramref name="pattern"/> (anchored here).</summary>
    public static JsonObject Pattern(string pattern) => new() { ["type"] = "string", ["pattern"] = $"^{pattern}$" };

    /// <summary>A regular-expression group matching any of <paramref name="symbols"/> literally.</summary>
    public static string Alternation(IEnumerable<string> symbols) => "(" + string.Join("|", symbols.Select(Regex.Escape)) + ")";

    private JsonObject Properties(ObjectShape shape)
    {
        var properties = new JsonObject();
        foreach (var field in shape.Fields)
        {
            var schema = field.Shape.ToJsonSchema(this);
            schema["description"] = field.Example.Length == 0
                ? $"{field.Description} ({field.Presence})"
                : $"{field.Description} ({field.Presence}; e.g. {field.Example})";
            properties[field.Name] = schema;
        }
        var result = new JsonObject
        {
            ["type"] = "object",
            ["description"] = shape.Description,
            ["properties"] = properties,
            ["additionalProperties"] = false,
        };
        var required = shape.Fields.Where(f => f.Required).Select(f => (JsonNode?)f.Name).ToArray();
        if (!shape.InheritsDefaults && required.Length > 0)
        {
            result["required"] = new JsonArray(required);
        }
        return result;
    }
}
