namespace Shortfall.Configuration.Distributions;

/// <summary>What a distribution in a scenario describes, which fixes its unit and its allowed range.</summary>
internal enum DistributionUse
{
    /// <summary>A duration that may be 0 (handling, repair, delay), in hours; never negative.</summary>
    Duration,

    /// <summary>A duration with a mean above 0 (batch time, time between outages), in hours.</summary>
    PositiveDuration,

    /// <summary>A plain fraction between 0 and 1 (the share of an allocation that arrives).</summary>
    Fraction,
}
