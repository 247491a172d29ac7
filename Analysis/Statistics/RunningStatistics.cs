using Shortfall.Monitoring;

namespace Shortfall.Analysis.Statistics;

/// <summary>
/// The moments of a stream of values for the analysis: the kernel's <see cref="SampleStatistics"/>
/// (Welford's update), strict where a statistic does not exist yet (it throws
/// instead of giving NaN, so an empty estimate cannot reach a report), and with the mean's
/// confidence interval. Adding the same values in the same order always gives the same bits;
/// the runner adds replications in index order.
/// </summary>
public sealed class RunningStatistics
{
    private readonly SampleStatistics _moments = new();

    /// <summary>The number of values added.</summary>
    public long Count => _moments.Count;

    /// <summary>The mean of the values.</summary>
    /// <exception cref="InvalidOperationException">When no value has been added.</exception>
    public double Mean => Count > 0 ? _moments.Mean : throw Empty(1);

    /// <summary>Σ(x − mean)², the quantity Welford's method carries; 0 for a single value.</summary>
    /// <exception cref="InvalidOperationException">When no value has been added.</exception>
    public double SumOfSquaredDeviations => Count > 0 ? _moments.SumOfSquaredDeviations : throw Empty(1);

    /// <summary>The sample variance Σ(x − mean)² / (n − 1).</summary>
    /// <exception cref="InvalidOperationException">When fewer than two values have been added.</exception>
    public double Variance => Count > 1 ? _moments.Variance : throw Empty(2);

    /// <summary>The sample standard deviation, √<see cref="Variance"/>.</summary>
    /// <exception cref="InvalidOperationException">When fewer than two values have been added.</exception>
    public double StandardDeviation => Math.Sqrt(Variance);

    /// <summary>The smallest value.</summary>
    /// <exception cref="InvalidOperationException">When no value has been added.</exception>
    public double Minimum => Count > 0 ? _moments.Minimum : throw Empty(1);

    /// <summary>The largest value.</summary>
    /// <exception cref="InvalidOperationException">When no value has been added.</exception>
    public double Maximum => Count > 0 ? _moments.Maximum : throw Empty(1);

    /// <summary>Adds one value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="value"/> is NaN or infinite, which would poison every later result.</exception>
    public void Add(double value) => _moments.Add(value);

    /// <summary>The mean with its t confidence interval at <paramref name="level"/>; the interval is null for a single value.</summary>
    /// <exception cref="InvalidOperationException">When no value has been added.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When the level is not in (0, 1).</exception>
    public MeanEstimate EstimateMean(double level = 0.95) =>
        MeanEstimate.FromMoments(Count, Mean, Count > 1 ? Variance : 0.0, level);

    private static InvalidOperationException Empty(int needed) =>
        new($"At least {needed} value{(needed == 1 ? "" : "s")} must be added first.");
}
