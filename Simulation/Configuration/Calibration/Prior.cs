using Shortfall.Randomness;

namespace Shortfall.Configuration.Calibration;

/// <summary>
/// What is believed about an uncertain number before the observations: a proper distribution on a
/// bounded or truncated range, in the unit the scenario wrote its parameters in.
/// </summary>
public abstract class Prior
{
    /// <summary>The smallest value it can take.</summary>
    public abstract double Low { get; }

    /// <summary>The largest value it can take.</summary>
    public abstract double High { get; }

    /// <summary>Its mean.</summary>
    public abstract double Mean { get; }

    /// <summary>True when the prior is spread evenly over the logarithm (loguniform): calibration then moves the value in log space.</summary>
    public virtual bool Logarithmic => false;

    /// <summary>One draw.</summary>
    public abstract double Sample(RandomStream random);

    /// <summary>The density at <paramref name="x"/>; 0 outside [<see cref="Low"/>, <see cref="High"/>].</summary>
    public abstract double Density(double x);

    /// <summary>The prior as the scenario writes it, with plain numbers, e.g. <c>uniform(min = 60, max = 400)</c>.</summary>
    public abstract override string ToString();
}
