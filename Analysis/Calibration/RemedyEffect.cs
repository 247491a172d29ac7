namespace Shortfall.Analysis.Calibration;

/// <summary>
/// A remedy's effect on an objective (by default the headline metric) over the posterior. Each parameter set i (weight Wᵢ) gives mᵢ, the mean over its
/// replications of the remedy's paired difference from the baseline, and sᵢ², their variance. By the law of total variance the
/// spread of mᵢ over the weighted sets, Var_W(m), is the variance of the expected effect across parameter sets plus the Monte
/// Carlo variance of each set's estimate, E_W[s² / r]; the interval runs between weighted quantiles of the mᵢ, so it carries
/// both (and follows a skewed spread, which a normal interval would not).
/// </summary>
/// <param name="Variant">The remedy.</param>
/// <param name="Mean">Σ Wᵢ mᵢ.</param>
/// <param name="ParameterVariance">Var_W(m) − E_W[s²/r] (at least 0): the part of the spread the parameters make.</param>
/// <param name="MonteCarloVariance">E_W[s²/r]: the part the finite replications make.</param>
/// <param name="Low">The interval's lower end: the weighted (1 − level) / 2 quantile of the mᵢ.</param>
/// <param name="High">The interval's upper end: the weighted (1 + level) / 2 quantile of the mᵢ.</param>
/// <param name="ProbabilityHelps">Σ Wᵢ over the sets whose mᵢ is above 0 (below 0 for an objective where less is better).</param>
/// <param name="ProbabilityBest">Σ Wᵢ over the sets where this remedy's mᵢ is the best (largest, or smallest where less is better) of all the
/// remedies run.</param>
public sealed record RemedyEffect(
    string Variant,
    double Mean,
    double ParameterVariance,
    double MonteCarloVariance,
    double Low,
    double High,
    double ProbabilityHelps,
    double ProbabilityBest);
