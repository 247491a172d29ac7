using System.Globalization;
using Shortfall.Randomness;

namespace Shortfall.Configuration.Calibration;

/// <summary>
/// A normal belief about a number, cut at <see cref="Reach"/> standard deviations either side so that
/// every value it can take is one the scenario can be checked at beforehand (the cut leaves out
/// 6 in 100,000 of the mass; the density is scaled up to make up for it).
/// </summary>
public sealed class NormalPrior : Prior
{
    /// <summary>How many standard deviations either side of the mean the prior reaches.</summary>
    public const double Reach = 4;

    // P(|Z| ≤ 4) for a standard normal Z.
    private const double KeptMass = 0.9999366575163338;

    private readonly Normal _distribution;

    /// <summary>The prior around <paramref name="mean"/> with spread <paramref name="sd"/>.</summary>
    /// <exception cref="ArgumentException">Unless sd &gt; 0, both finite.</exception>
    public NormalPrior(double mean, double sd)
    {
        if (!(double.IsFinite(mean) && double.IsFinite(sd) && sd > 0))
        {
            throw new ArgumentException($"normal needs a finite mean and sd > 0, got {mean} and {sd}");
        }
        Centre = mean;
        Sd = sd;
        _distribution = new Normal(mean, sd);
    }

    /// <summary>The mean of the normal before the cut (also the mean after it: the cut is symmetric).</summary>
    public double Centre { get; }

    /// <summary>The standard deviation before the cut.</summary>
    public double Sd { get; }

    /// <inheritdoc/>
    public override double Low => Centre - Reach * Sd;

    /// <inheritdoc/>
    public override double High => Centre + Reach * Sd;

    /// <inheritdoc/>
    public override double Mean => Centre;

    /// <inheritdoc/>
    public override double Sample(RandomStream random)
    {
        while (true)
        {
            var x = _distribution.Sample(random);
            if (x >= Low && x <= High)
            {
                return x;
            }
        }
    }

    /// <inheritdoc/>
    public override double Density(double x)
    {
        if (x < Low || x > High)
        {
            return 0;
        }
        var z = (x - Centre) / Sd;
        return Math.Exp(-0.5 * z * z) / (Sd * Math.Sqrt(2 * Math.PI) * KeptMass);
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"normal(mean = {Centre}, sd = {Sd})");
}
