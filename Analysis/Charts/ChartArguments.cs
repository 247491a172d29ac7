namespace Shortfall.Analysis.Charts;

/// <summary>Argument checks shared by the chart renderers, so bad data fails at once with the offending name.</summary>
internal static class ChartArguments
{
    public static void NotNull(object? value, string name) => ArgumentNullException.ThrowIfNull(value, name);

    /// <summary>Throws if the list or any of its items is null.</summary>
    public static void Items<T>(IReadOnlyList<T>? list, string name)
    {
        ArgumentNullException.ThrowIfNull(list, name);
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentNullException($"{name}[{i}]");
            }
        }
    }

    public static void Finite(double value, string name)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, "The value must be finite.");
        }
    }

    public static void FiniteNonNegative(double value, string name)
    {
        if (!(double.IsFinite(value) && value >= 0))
        {
            throw new ArgumentOutOfRangeException(name, value, "The value must be finite and not negative.");
        }
    }

    /// <summary>Throws unless <paramref name="level"/> is strictly between 0 and 1.</summary>
    public static void Level(double level, string name)
    {
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(name, level, "A confidence level must be strictly between 0 and 1.");
        }
    }

    /// <summary>Throws unless the estimate's mean and limits are finite and its interval contains its mean; <paramref name="label"/> names it in the
    /// message.</summary>
    public static void Interval(IntervalEstimate estimate, string label, string name)
    {
        Finite(estimate.Mean, $"{label}.{nameof(estimate.Mean)}");
        Finite(estimate.Low, $"{label}.{nameof(estimate.Low)}");
        Finite(estimate.High, $"{label}.{nameof(estimate.High)}");
        if (!(estimate.Low <= estimate.Mean && estimate.Mean <= estimate.High))
        {
            throw new ArgumentOutOfRangeException(name, estimate,
                $"The interval [{estimate.Low}, {estimate.High}] of '{label}' must contain its mean {estimate.Mean}.");
        }
    }
}
