namespace Shortfall.Analysis.Statistics;

/// <summary>
/// Counts successes among trials (e.g. destination-months that met the target). Integer
/// counts, so <see cref="Merge"/> is exact and the order of merging never matters.
/// </summary>
public sealed class BinomialCount
{
    /// <summary>The number of successes so far.</summary>
    public long Successes { get; private set; }

    /// <summary>The number of trials so far.</summary>
    public long Trials { get; private set; }

    /// <summary>Records one trial.</summary>
    public void Add(bool success)
    {
        Trials = checked(Trials + 1);
        if (success)
            Successes++;
    }

    /// <summary>Adds the counts of <paramref name="other"/> to this one; <paramref name="other"/> is unchanged.</summary>
    public void Merge(BinomialCount other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Trials = checked(Trials + other.Trials);
        Successes += other.Successes;
    }

    /// <summary>The Wilson interval of the proportion at <paramref name="level"/>.</summary>
    /// <exception cref="InvalidOperationException">When there has been no trial.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When the level is not in (0, 1).</exception>
    public WilsonInterval Estimate(double level = 0.95)
    {
        if (Trials == 0)
            throw new InvalidOperationException("A proportion needs at least one trial.");
        return WilsonInterval.Create(Successes, Trials, level);
    }
}
