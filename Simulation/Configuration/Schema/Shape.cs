using System.Text.Json.Nodes;

namespace Shortfall.Configuration.Schema;

/// <summary>
/// What a value in a scenario file looks like. Shapes are the single source of truth for the format:
/// the loader reads values through them, the JSON Schema and the field reference in FORMAT.md are
/// generated from them, and variant paths are checked against them.
/// </summary>
internal abstract class Shape
{
    /// <summary>A short name of the type for the field reference, e.g. "duration" or "list of windows".</summary>
    public abstract string Summary { get; }

    /// <summary>The JSON Schema (draft 2020-12) of this value; object shapes register themselves in <paramref name="writer"/>'s $defs.</summary>
    public abstract JsonObject ToJsonSchema(JsonSchemaWriter writer);
}
