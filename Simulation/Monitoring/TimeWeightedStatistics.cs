namespace Shortfall.Monitoring;

/// <summary>
/// Statistics of a level that holds between changes over simulation time (hours): a stock,
/// a queue length, a number of busy trucks. Each level counts in proportion to how long it
/// was held. Queries take the time to report up to, so the level now in force counts until then.
/// </summary>
public sealed class TimeWeightedStatistics
{
    private double _area;
    // West's weighted running mean and sum of squared deviations, with durations as weights.
    private double _weightedMean;
    private double _weightedDeviations;

    /// <summary>Starts tracking at <paramref name="startTime"/> with the level <paramref name="initialLevel"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When either argument is NaN or infinite.</exception>
    public TimeWeightedStatistics(double startTime, double initialLevel)
    {
        RequireFinite(startTime, nameof(startTime));
        RequireFinite(initialLevel, nameof(initialLevel));
        StartTime = startTime;
        LastChangeTime = startTime;
        Current = initialLevel;
        Minimum = initialLevel;
        Maximum = initialLevel;
    }

    /// <summary>The time tracking started, in hours.</summary>
    public double StartTime { get; }

    /// <summary>The time of the latest <see cref="Update"/> (or the start), in hours.</summary>
    public double LastChangeTime { get; private set; }

    /// <summary>The level now in force.</summary>
    public double Current { get; private set; }

    /// <summary>The smallest level ever set, however briefly held.</summary>
    public double Minimum { get; private set; }

    /// <summary>The largest level ever set, however briefly held.</summary>
    public double Maximum { get; private set; }

    /// <summary>Records that the level became <paramref name="level"/> at <paramref name="time"/>; the previous level held until then.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="time"/> is before <see cref="LastChangeTime"/>
    /// (time went backwards) or either argument is NaN or infinite.</exception>
    public void Update(double time, double level)
    {
        RequireNotBeforeLastChange(time, nameof(time));
        RequireFinite(level, nameof(level));
        var held = time - LastChangeTime;
        if (held > 0)
        {
            _area += Current * held;
            var elapsed = LastChangeTime - StartTime + held;
            var deviation = Current - _weightedMean;
            _weightedMean += deviation * held / elapsed;
            _weightedDeviations += held * deviation * (Current - _weightedMean);
        }
        LastChangeTime = time;
        Current = level;
        Minimum = Math.Min(Minimum, level);
        Maximum = Math.Max(Maximum, level);
    }

    /// <summary>The area under the level from the start to <paramref name="until"/> (level × hours).</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="until"/> is before <see cref="LastChangeTime"/> or not finite.</exception>
    public double Integral(double until)
    {
        RequireNotBeforeLastChange(until, nameof(until));
        return _area + Current * (until - LastChangeTime);
    }

    /// <summary>The time-average level from the start to <paramref name="until"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="until"/> is before <see cref="LastChangeTime"/>,
    /// not after <see cref="StartTime"/>, or not finite.</exception>
    public double Mean(double until)
    {
        RequireAfterStart(until);
        return Integral(until) / (until - StartTime);
    }

    /// <summary>
    /// The time-weighted variance of the level from the start to <paramref name="until"/>:
    /// the average of (level − mean)² over time, so a level that never changes has variance 0.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="until"/> is before <see cref="LastChangeTime"/>,
    /// not after <see cref="StartTime"/>, or not finite.</exception>
    public double Variance(double until)
    {
        RequireAfterStart(until);
        // Fold the current level's stretch into a copy of the running figures.
        var held = until - LastChangeTime;
        var elapsed = until - StartTime;
        var deviation = Current - _weightedMean;
        var mean = _weightedMean + deviation * held / elapsed;
        var deviations = _weightedDeviations + held * deviation * (Current - mean);
        return deviations / elapsed;
    }

    private void RequireAfterStart(double until)
    {
        RequireNotBeforeLastChange(until, nameof(until));
        if (!(until > StartTime))
        {
            throw new ArgumentOutOfRangeException(nameof(until), until, "until must be after the start time");
        }
    }

    private void RequireNotBeforeLastChange(double time, string name)
    {
        RequireFinite(time, name);
        if (time < LastChangeTime)
        {
            throw new ArgumentOutOfRangeException(name, time, $"{name} must not be before the last change at {LastChangeTime} h");
        }
    }

    private static void RequireFinite(double value, string name)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be finite");
        }
    }
}
