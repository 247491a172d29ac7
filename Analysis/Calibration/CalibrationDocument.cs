namespace Shortfall.Analysis.Calibration;

/// <summary>calibration.json: how a calibration ran and what it reached; no timing, so the same seed gives the same bytes.</summary>
public sealed record CalibrationDocument
{
    /// <summary>The method in words, with its references.</summary>
    public required string Method { get; init; }

    /// <summary>The scenario's name.</summary>
    public required string Scenario { get; init; }

    /// <summary>The SHA-256 of the scenario file.</summary>
    public required string ScenarioSha256 { get; init; }

    /// <summary>The seed.</summary>
    public required ulong Seed { get; init; }

    /// <summary>Particles per generation.</summary>
    public required int Particles { get; init; }

    /// <summary>Replications per parameter set.</summary>
    public required int ReplicationsPerPoint { get; init; }

    /// <summary>The most generations asked for.</summary>
    public required int Generations { get; init; }

    /// <summary>The acceptance rate to stop below, if asked for.</summary>
    public required double? UntilAcceptance { get; init; }

    /// <summary>The quantile of the previous distances that sets each tolerance.</summary>
    public required double ToleranceQuantile { get; init; }

    /// <summary>Why it stopped.</summary>
    public required string Stopped { get; init; }

    /// <summary>The uncertain numbers and their priors.</summary>
    public required IReadOnlyList<CalibrationParameterDocument> Parameters { get; init; }

    /// <summary>The observations.</summary>
    public required IReadOnlyList<CalibrationObservationDocument> Observations { get; init; }

    /// <summary>The tolerance schedule: one entry per generation.</summary>
    public required IReadOnlyList<CalibrationGenerationDocument> Schedule { get; init; }

    /// <summary>Which observation constrains which parameter; absent from files written before it was kept.</summary>
    public CalibrationConstraintsDocument? Constraints { get; init; }
}
