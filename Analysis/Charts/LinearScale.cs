namespace Shortfall.Analysis.Charts;

/// <summary>Maps data values linearly from an <see cref="AxisDomain"/> onto pixel positions:
/// <see cref="AxisDomain.Min"/> goes to <see cref="RangeStart"/> and <see cref="AxisDomain.Max"/> to
/// <see cref="RangeEnd"/>. For a vertical axis pass the bottom pixel as the start so values grow upward.</summary>
public sealed class LinearScale
{
    /// <summary>Creates the scale.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A range end is not finite, or the two are equal.</exception>
    public LinearScale(AxisDomain domain, double rangeStart, double rangeEnd)
    {
        ArgumentNullException.ThrowIfNull(domain);
        if (!double.IsFinite(rangeStart) || !double.IsFinite(rangeEnd) || rangeStart == rangeEnd)
        {
            throw new ArgumentOutOfRangeException(nameof(rangeEnd), $"The pixel range [{rangeStart}, {rangeEnd}] must be finite and not empty.");
        }
        Domain = domain;
        RangeStart = rangeStart;
        RangeEnd = rangeEnd;
    }

    /// <summary>The data interval and its ticks.</summary>
    public AxisDomain Domain { get; }

    /// <summary>The pixel position of <see cref="AxisDomain.Min"/>.</summary>
    public double RangeStart { get; }

    /// <summary>The pixel position of <see cref="AxisDomain.Max"/>.</summary>
    public double RangeEnd { get; }

    /// <summary>The pixel position of <paramref name="value"/>; values outside the domain map outside the range.</summary>
    public double Map(double value) =>
        RangeStart + (value - Domain.Min) / (Domain.Max - Domain.Min) * (RangeEnd - RangeStart);
}
