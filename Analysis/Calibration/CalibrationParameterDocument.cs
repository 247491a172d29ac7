namespace Shortfall.Analysis.Calibration;

/// <summary>An uncertain number in calibration.json: its path, prior and unit, and its posterior mean and 90 % interval.</summary>
public sealed record CalibrationParameterDocument
{
    /// <summary>The path, as a variant's set writes it.</summary>
    public required string Path { get; init; }

    /// <summary>The prior, in <see cref="Unit"/>.</summary>
    public required string Prior { get; init; }

    /// <summary>The unit ("" for plain numbers).</summary>
    public required string Unit { get; init; }

    /// <summary>The weighted mean of the posterior particles.</summary>
    public required double PosteriorMean { get; init; }

    /// <summary>The posterior's 5 % quantile.</summary>
    public required double PosteriorP05 { get; init; }

    /// <summary>The posterior's 95 % quantile.</summary>
    public required double PosteriorP95 { get; init; }
}
