using Shortfall.Configuration.Schema;

namespace Shortfall.Configuration;

/// <summary>The JSON Schema (draft 2020-12) of scenario files, for editors and for <c>shortfall schema</c>.
/// It is generated from the same field table the loader reads with, so the two cannot drift.</summary>
public static class ScenarioJsonSchema
{
    /// <summary>The schema as indented JSON, with a description on every field and patterns for quantities.</summary>
    public static string Generate() => JsonSchemaWriter.Write(ScenarioSchema.Root);
}
