namespace Shortfall.Analysis.Reports;

/// <summary>summary.json as the report reads it.</summary>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="ScenarioHash">The SHA-256 of the scenario file.</param>
/// <param name="Seed">The run's seed.</param>
/// <param name="Replications">Replications of each variant.</param>
/// <param name="HeadlineMetric">The headline metric's name.</param>
/// <param name="ConfidenceLevel">The level of every interval, e.g. 0.95.</param>
/// <param name="Stopping">The stopping rule.</param>
/// <param name="Variants">The baseline first, then the variants in file order.</param>
public sealed record RunSummary(
    string Scenario,
    string ScenarioHash,
    ulong Seed,
    long Replications,
    string HeadlineMetric,
    double ConfidenceLevel,
    StoppingResult Stopping,
    IReadOnlyList<VariantResult> Variants)
{
    /// <summary>The baseline (the first variant).</summary>
    public VariantResult Baseline => Variants[0];

    /// <summary>The variants other than the baseline.</summary>
    public IEnumerable<VariantResult> Remedies => Variants.Skip(1);
}
