namespace Shortfall.Analysis.Charts;

/// <summary>Where a box plot's whiskers end.</summary>
public enum WhiskerRule
{
    /// <summary>At the 5th and 95th percentiles; no points are drawn beyond them.</summary>
    Percentile5To95,

    /// <summary>Tukey's rule: at the most extreme observations within 1.5 × IQR of the box; observations
    /// beyond are drawn as points.</summary>
    Tukey,
}
