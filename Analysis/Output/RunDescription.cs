using Shortfall.Analysis.Running;

namespace Shortfall.Analysis.Output;

/// <summary>What was run, as summary.json records it: nothing here may depend on the threads or the machine.</summary>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="ScenarioHash">The SHA-256 of the scenario file.</param>
/// <param name="Seed">The run's seed.</param>
/// <param name="Stopping">The rule that decided the number of replications.</param>
public sealed record RunDescription(string Scenario, string ScenarioHash, ulong Seed, StoppingRule Stopping)
{
    /// <summary>What each variant changes, in the scenario file's words, by variant name; a variant not listed has no description (null in
    /// summary.json).</summary>
    public IReadOnlyDictionary<string, string> VariantDescriptions { get; init; } = new Dictionary<string, string>();

    /// <summary>The scenario's currency, in which every cost is written.</summary>
    public required string Currency { get; init; }

    /// <summary>The unit of each material, by name ("soybeans" → "kg"), so that quantities can be printed with it.</summary>
    public IReadOnlyDictionary<string, string> MaterialUnits { get; init; } = new Dictionary<string, string>();

    /// <summary>The unit of each product, by name ("soymilk" → "L").</summary>
    public IReadOnlyDictionary<string, string> ProductUnits { get; init; } = new Dictionary<string, string>();
}
