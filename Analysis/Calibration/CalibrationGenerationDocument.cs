namespace Shortfall.Analysis.Calibration;

/// <summary>One generation in calibration.json.</summary>
public sealed record CalibrationGenerationDocument
{
    /// <summary>0 for the generation drawn from the prior.</summary>
    public required int Generation { get; init; }

    /// <summary>The tolerance; null for generation 0 (every draw accepted).</summary>
    public required double? Tolerance { get; init; }

    /// <summary>Parameter sets simulated up to the last one accepted.</summary>
    public required long Attempts { get; init; }

    /// <summary>Accepted per attempt.</summary>
    public required double AcceptanceRate { get; init; }

    /// <summary>Kish's effective sample size of the weights.</summary>
    public required double EffectiveSampleSize { get; init; }
}
