using System.Text.Json.Serialization;

namespace Shortfall.Analysis.Output.Documents;

/// <summary>summary.json: what was run, and each variant's statistics, the baseline first. Written and read through
/// <see cref="SummaryJson"/>, so that the file's keys are spelled once, by these types.</summary>
public sealed record SummaryDocument
{
    /// <summary>The scenario's name.</summary>
    public required string Scenario { get; init; }

    /// <summary>The SHA-256 of the scenario file.</summary>
    public required string ScenarioHash { get; init; }

    /// <summary>The scenario's currency: every cost and effect per cost in the file is in it.</summary>
    public required string Currency { get; init; }

    /// <summary>The unit of each material, by name: the quantities of materials refused or lost are in them; null in files written before
    /// units were recorded.</summary>
    public IReadOnlyDictionary<string, string>? MaterialUnits { get; init; }

    /// <summary>The unit of each product, by name: product spoiled and received is in them; null in older files.</summary>
    public IReadOnlyDictionary<string, string>? ProductUnits { get; init; }

    /// <summary>The run's seed.</summary>
    public required ulong Seed { get; init; }

    /// <summary>Replications of each variant.</summary>
    public required long Replications { get; init; }

    /// <summary>The headline metric's name.</summary>
    public required string HeadlineMetric { get; init; }

    /// <summary>The level of every interval, e.g. 0.95.</summary>
    public required double ConfidenceLevel { get; init; }

    /// <summary>The stopping rule.</summary>
    public required StoppingDocument Stopping { get; init; }

    /// <summary>Simulation events of the aggregated replications, over all variants.</summary>
    public required long Events { get; init; }

    /// <summary>The baseline first, then the variants in the run's order.</summary>
    public required IReadOnlyList<VariantDocument> Variants { get; init; }

    /// <summary>The baseline (the first variant).</summary>
    [JsonIgnore]
    public VariantDocument Baseline => Variants[0];

    /// <summary>The variants other than the baseline.</summary>
    [JsonIgnore]
    public IEnumerable<VariantDocument> Remedies => Variants.Skip(1);
}
