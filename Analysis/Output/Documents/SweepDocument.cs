using System.Text.Json.Serialization;

namespace Shortfall.Analysis.Output.Documents;

/// <summary>sweep.json: a sensitivity sweep's inputs with their effects and ranks, and every point with its headline
/// and its paired difference against the baseline point. Written and read through <see cref="SweepFiles"/>.</summary>
public sealed record SweepDocument
{
    /// <summary>The scenario's name.</summary>
    public required string Scenario { get; init; }

    /// <summary>The SHA-256 of the scenario file.</summary>
    public required string ScenarioHash { get; init; }

    /// <summary>The sweep's seed.</summary>
    public required ulong Seed { get; init; }

    /// <summary>Replications of each point.</summary>
    public required long Replications { get; init; }

    /// <summary>"oat" (one at a time) or "lhs" (Latin hypercube).</summary>
    public required string Mode { get; init; }

    /// <summary>The headline metric's name.</summary>
    public required string HeadlineMetric { get; init; }

    /// <summary>The inputs' paths, the one with the largest effect first.</summary>
    public required IReadOnlyList<string> Ranking { get; init; }

    /// <summary>The inputs, in the order given.</summary>
    public required IReadOnlyList<SweepParameterDocument> Parameters { get; init; }

    /// <summary>The points, the baseline point (no input changed) among them.</summary>
    public required IReadOnlyList<SweepPointDocument> Points { get; init; }

    /// <summary>True for a one-at-a-time sweep, the only kind a tornado chart can show.</summary>
    [JsonIgnore]
    public bool IsOneAtATime => Mode == "oat";

    /// <summary>The headline mean of the baseline point (the one without a difference from the baseline).</summary>
    /// <exception cref="InvalidOperationException">When no point is the baseline or its mean is null (the reader refuses such a file).</exception>
    [JsonIgnore]
    public double BaselineMean => Points.FirstOrDefault(p => p.DifferenceVsBaseline is null)?.Headline.Mean
        ?? throw new InvalidOperationException("The sweep has no baseline point with a mean.");
}
