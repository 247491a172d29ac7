namespace Shortfall.Analysis.Statistics;

/// <summary>
/// Pairs of results of a baseline and a variant run on the same random numbers, one pair per
/// replication, summarised by the difference variant − baseline. Pairing removes the noise the
/// two runs share, so the interval of the mean difference is narrower than that of two
/// independent means. When every pair is equal every difference is exactly 0, and so are the
/// mean difference and the interval's width.
/// </summary>
public sealed class PairedDifference
{
    // Private so that nobody can add to one side without the others.
    private readonly RunningStatistics _baseline = new();
    private readonly RunningStatistics _variant = new();
    private readonly RunningStatistics _difference = new();

    /// <summary>The number of pairs.</summary>
    public long Count => _difference.Count;

    /// <summary>Adds the pair of one replication.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When either value or their difference is NaN or infinite; nothing is added then.</exception>
    public void Add(double baseline, double variant)
    {
        if (!double.IsFinite(baseline))
        {
            throw new ArgumentOutOfRangeException(nameof(baseline), baseline, "Only finite values can be accumulated.");
        }

        if (!double.IsFinite(variant))
        {
            throw new ArgumentOutOfRangeException(nameof(variant), variant, "Only finite values can be accumulated.");
        }

        var difference = variant - baseline;
        if (!double.IsFinite(difference))
        {
            throw new ArgumentOutOfRangeException(nameof(variant), variant, $"The difference from the baseline {baseline:R} overflows.");
        }

        _baseline.Add(baseline);
        _variant.Add(variant);
        _difference.Add(difference);
    }

    /// <summary>The mean difference variant − baseline with its paired t interval; the interval is null for a single pair.</summary>
    /// <exception cref="InvalidOperationException">When no pair has been added.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When the level is not in (0, 1).</exception>
    public MeanEstimate EstimateDifference(double level = 0.95) => _difference.EstimateMean(level);

    /// <summary>The baseline's mean with its t interval; the interval is null for a single pair.</summary>
    /// <exception cref="InvalidOperationException">When no pair has been added.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When the level is not in (0, 1).</exception>
    public MeanEstimate EstimateBaseline(double level = 0.95) => _baseline.EstimateMean(level);

    /// <summary>The variant's mean with its t interval; the interval is null for a single pair.</summary>
    /// <exception cref="InvalidOperationException">When no pair has been added.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When the level is not in (0, 1).</exception>
    public MeanEstimate EstimateVariant(double level = 0.95) => _variant.EstimateMean(level);
}
