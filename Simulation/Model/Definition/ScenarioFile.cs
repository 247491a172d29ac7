namespace Shortfall.Model.Definition;

/// <summary>
/// A loaded scenario file: the file it was read from, the SHA-256 of its bytes (hex, so results
/// name the exact version they came from), its baseline and its named remedies, each fully resolved, and what
/// calibration needs: the numbers that are uncertain and what was observed.
/// </summary>
public sealed record ScenarioFile(string Path, string ContentHash, Scenario Baseline, IReadOnlyList<Variant> Variants)
{
    /// <summary>The name results give the unchanged scenario, so no variant may have it.</summary>
    public const string BaselineName = "baseline";

    /// <summary>The numbers the file declares uncertain, with their priors (the <c>uncertain:</c> section).</summary>
    public IReadOnlyList<Shortfall.Configuration.Calibration.UncertainInput> Uncertain { get; init; } = [];

    /// <summary>What was observed (the <c>observations:</c> section).</summary>
    public IReadOnlyList<Shortfall.Configuration.Calibration.Observation> Observations { get; init; } = [];

    /// <summary>The remedies the optimiser may combine, in file order; empty when the file has no <c>remedies:</c> section.</summary>
    public IReadOnlyList<Remedy> Remedies { get; init; } = [];
}

/// <summary>A remedy: the baseline with overrides applied, and what it costs (null when no cost is given).</summary>
public sealed record Variant(string Name, string Description, double? Cost, Scenario Scenario);
