namespace Shortfall.Analysis.Charts;

/// <summary>Axis domains for the common shapes of chart data, built on <see cref="NiceTicks"/>.</summary>
internal static class DataDomain
{
    /// <summary>A covering domain over <paramref name="values"/>, or [0, 1] when there are none.</summary>
    public static AxisDomain Spanning(IEnumerable<double> values, double minimumStep = 0)
    {
        var (min, max, any) = (double.PositiveInfinity, double.NegativeInfinity, false);
        foreach (var v in values)
        {
            (min, max, any) = (Math.Min(min, v), Math.Max(max, v), true);
        }
        return any ? NiceTicks.Covering(min, max, NiceTicks.DefaultCount, minimumStep) : NiceTicks.Covering(0, 1);
    }

    /// <summary>A covering domain that includes zero, for bars that must start at zero; [0, 1] when all values are zero.</summary>
    public static AxisDomain WithZero(IEnumerable<double> values, double minimumStep = 0)
    {
        var list = values.Append(0).ToList();
        var (min, max) = (list.Min(), list.Max());
        return min == max ? NiceTicks.Covering(0, 1, NiceTicks.DefaultCount, minimumStep) : Spanning(list, minimumStep);
    }
}
