namespace Shortfall.Analysis.Calibration;

/// <summary>Which observation constrains which parameter (<see cref="ConstraintTable"/>), as calibration.json keeps it for reports drawn
/// later: the prior sample, which it needs, is not kept.</summary>
public sealed record CalibrationConstraintsDocument
{
    /// <summary>[observation][parameter]: the Spearman correlation over the prior sample.</summary>
    public required IReadOnlyList<IReadOnlyList<double>> Correlations { get; init; }

    /// <summary>Per parameter: posterior spread / prior-sample spread.</summary>
    public required IReadOnlyList<double> Shrinkage { get; init; }
}
