namespace Shortfall.Analysis.Sensitivity;

/// <summary>How much one input of a sweep moves the headline metric.</summary>
/// <param name="Parameter">The input.</param>
/// <param name="Rank">1 for the input with the largest effect.</param>
/// <param name="Effect">What the ranking uses: one at a time, the swing (largest minus smallest mean over the input's steps); Latin hypercube, the absolute
/// standardized regression coefficient.</param>
/// <param name="LowEffect">One at a time: the mean at LOW minus the baseline's mean; null otherwise.</param>
/// <param name="HighEffect">One at a time: the mean at HIGH minus the baseline's mean; null otherwise.</param>
/// <param name="StandardizedCoefficient">Latin hypercube: the coefficient of the input in the least-squares fit of the standardized point means on the
/// standardized inputs; null otherwise or when the input did not vary.</param>
/// <param name="Spearman">Latin hypercube: the rank correlation of the input with the point means; null otherwise or when either is constant.</param>
public sealed record ParameterEffect(
    SweepParameter Parameter,
    int Rank,
    double Effect,
    double? LowEffect,
    double? HighEffect,
    double? StandardizedCoefficient,
    double? Spearman);
