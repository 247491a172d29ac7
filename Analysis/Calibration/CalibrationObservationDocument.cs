namespace Shortfall.Analysis.Calibration;

/// <summary>An observation in calibration.json, with the weighted mean of what the posterior particles simulated for it.</summary>
public sealed record CalibrationObservationDocument
{
    /// <summary>Its name.</summary>
    public required string Name { get; init; }

    /// <summary>The output observed.</summary>
    public required string Output { get; init; }

    /// <summary>The months covered (1–12; empty for all).</summary>
    public required IReadOnlyList<int> Months { get; init; }

    /// <summary>The value observed.</summary>
    public required double Value { get; init; }

    /// <summary>Its error as written.</summary>
    public required string Error { get; init; }

    /// <summary>The weighted mean over the posterior of each particle's mean simulated value.</summary>
    public required double PosteriorPredictiveMean { get; init; }
}
