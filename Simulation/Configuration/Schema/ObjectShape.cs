using System.Text.Json.Nodes;

namespace Shortfall.Configuration.Schema;

/// <summary>A mapping with a fixed set of keys (<see cref="Fields"/>); any other key is an error.</summary>
internal sealed class ObjectShape(string name, string description, params Field[] fields) : Shape
{
    /// <summary>The object's name in the schema's $defs and the reference's headings, e.g. "carrier".</summary>
    public string Name { get; } = name;

    public string Description { get; } = description;

    public IReadOnlyList<Field> Fields { get; } = fields;

    /// <summary>True when required keys may instead come from a defaults object (destinations from
    /// destination_defaults), so the JSON Schema cannot demand them.</summary>
    public bool InheritsDefaults { get; init; }

    public IEnumerable<string> Keys => Fields.Select(f => f.Name);

    public Field? Find(string key) => Fields.FirstOrDefault(f => f.Name == key);

    public override string Summary => Name;

    public override JsonObject ToJsonSchema(JsonSchemaWriter writer) => writer.Reference(this);
}
