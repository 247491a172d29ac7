using MathNet.Numerics;

namespace Shortfall.Tests.Statistics;

/// <summary>
/// Pearson's chi-square goodness-of-fit test of observed counts against the probabilities of a
/// discrete distribution. Categories whose expected count is below
/// <see cref="MinimumExpected"/> are pooled with their neighbours first, as the chi-square
/// approximation requires: walking from the first category, categories are gathered into a
/// group until its expected count reaches the minimum, and a short group left at the end joins
/// the group before it. For a unimodal distribution with enough observations this pools only the
/// two tails.
/// </summary>
internal sealed record ChiSquareTest
{
    /// <summary>The smallest expected count a pooled group may have.</summary>
    public const double MinimumExpected = 5.0;

    private ChiSquareTest(double statistic, int degreesOfFreedom, int groups)
    {
        Statistic = statistic;
        DegreesOfFreedom = degreesOfFreedom;
        Groups = groups;
        PValue = SpecialFunctions.GammaUpperRegularized(degreesOfFreedom / 2.0, statistic / 2.0);
    }

    /// <summary>Σ (observed − expected)² / expected over the pooled groups.</summary>
    public double Statistic { get; }

    /// <summary>Groups − 1 − the number of parameters estimated from the data.</summary>
    public int DegreesOfFreedom { get; }

    /// <summary>The number of groups after pooling.</summary>
    public int Groups { get; }

    /// <summary>P(χ² ≥ <see cref="Statistic"/>) under the hypothesis that the counts follow the probabilities (the upper tail, computed directly so small
    /// p-values keep their digits).</summary>
    public double PValue { get; }

    /// <summary>Tests <paramref name="observed"/> counts against category <paramref name="probabilities"/>.</summary>
    /// <param name="observed">How many observations fell in each category.</param>
    /// <param name="probabilities">Each category's probability, summing to 1 within 1e-9; fold an unbounded tail into the last category.</param>
    /// <param name="estimatedParameters">How many of the distribution's parameters were estimated from these observations; each costs a degree of
    /// freedom.</param>
    /// <exception cref="ArgumentException">When the lists differ in length or have fewer than 2 categories, the probabilities do not sum to 1, or pooling
    /// leaves no degree of freedom.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When a count or probability is negative, a probability is not finite, there are no observations, or
    /// estimatedParameters is negative.</exception>
    public static ChiSquareTest GoodnessOfFit(IReadOnlyList<long> observed, IReadOnlyList<double> probabilities, int estimatedParameters = 0)
    {
        ArgumentNullException.ThrowIfNull(observed);
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentOutOfRangeException.ThrowIfNegative(estimatedParameters);
        if (observed.Count != probabilities.Count)
        {
            throw new ArgumentException("There must be one probability per observed count.", nameof(probabilities));
        }

        if (observed.Count < 2)
        {
            throw new ArgumentException("A goodness-of-fit test needs at least two categories.", nameof(observed));
        }

        if (observed.Any(o => o < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(observed), "Counts cannot be negative.");
        }

        if (probabilities.Any(p => !(p >= 0.0 && double.IsFinite(p))))
        {
            throw new ArgumentOutOfRangeException(nameof(probabilities), "Probabilities must be finite and not negative.");
        }

        if (Math.Abs(probabilities.Sum() - 1.0) > 1e-9)
        {
            throw new ArgumentException($"The probabilities sum to {probabilities.Sum():R}, not 1.", nameof(probabilities));
        }

        var total = observed.Sum();
        ArgumentOutOfRangeException.ThrowIfZero(total, nameof(observed));

        var groups = Pool(observed, probabilities, total);
        var degreesOfFreedom = groups.Count - 1 - estimatedParameters;
        if (degreesOfFreedom < 1)
        {
            throw new ArgumentException($"Pooling to expected counts ≥ {MinimumExpected} left {groups.Count} groups, too few for {estimatedParameters} " +
                $"estimated parameters.", nameof(observed));
        }

        var statistic = 0.0;
        foreach (var (o, e) in groups)
        {
            statistic += (o - e) * (o - e) / e;
        }

        return new ChiSquareTest(statistic, degreesOfFreedom, groups.Count);
    }

    // The (observed, expected) counts of the pooled groups, in category order.
    private static List<(double Observed, double Expected)> Pool(IReadOnlyList<long> observed, IReadOnlyList<double> probabilities, long total)
    {
        var groups = new List<(double Observed, double Expected)>();
        double o = 0.0, e = 0.0;
        for (var i = 0; i < observed.Count; i++)
        {
            o += observed[i];
            e += total * probabilities[i];
            if (e >= MinimumExpected)
            {
                groups.Add((o, e));
                (o, e) = (0.0, 0.0);
            }
        }
        if (o > 0.0 || e > 0.0)
        {
            if (groups.Count == 0)
            {
                groups.Add((o, e));
            }
            else
            {
                groups[^1] = (groups[^1].Observed + o, groups[^1].Expected + e);
            }
        }
        return groups;
    }
}
