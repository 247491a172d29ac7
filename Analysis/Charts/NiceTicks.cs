namespace Shortfall.Analysis.Charts;

/// <summary>Chooses tick values at round numbers, after Heckbert ("Nice numbers for graph labels",
/// Graphics Gems, 1990), without his first rounding of the whole range.
/// <para>The rule: for a data interval [min, max] and a wanted tick count n, the raw step is
/// (max − min) / (n − 1). Write it as f × 10^k with 1 ≤ f &lt; 10; the step is 1 × 10^k if f &lt; 1.5,
/// 2 × 10^k if f &lt; 3, 5 × 10^k if f &lt; 7, and 10 × 10^k otherwise; then at least
/// <c>minimumStep</c>. <see cref="Covering"/> widens the domain outward to multiples of the step and ticks
/// every multiple; <see cref="Within"/> keeps the domain and ticks the multiples inside it.</para>
/// <para>Examples with n = 5: [0, 23] gives step 5 (raw 5.75), covering domain [0, 25], ticks 0, 5, …, 25;
/// [0.13, 0.87] gives step 0.2 (raw 0.185), covering domain [0, 1], ticks 0, 0.2, …, 1, or within it
/// 0.2, 0.4, 0.6, 0.8.</para>
/// <para>An empty interval (min = max = v) is first widened to v ± 10^⌊log10 |v|⌋, or ±1 when v = 0,
/// so equal data still gives a usable axis.</para></summary>
public static class NiceTicks
{
    /// <summary>The tick count charts ask for unless they have a reason not to.</summary>
    public const int DefaultCount = 5;

    /// <summary>A domain widened to whole steps around [<paramref name="min"/>, <paramref name="max"/>], ticked at every step.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A bound is not finite, min &gt; max, count &lt; 3,
    /// or minimumStep is negative or not finite.</exception>
    public static AxisDomain Covering(double min, double max, int count = DefaultCount, double minimumStep = 0)
    {
        var (low, high, step) = Step(min, max, count, minimumStep);
        var first = Math.Floor(low / step + 1e-9);
        var last = Math.Ceiling(high / step - 1e-9);
        return Domain(Multiple(first, step), Multiple(last, step), first, last, step);
    }

    /// <summary>The domain [<paramref name="min"/>, <paramref name="max"/>] itself, ticked at the multiples of the step inside it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">As for <see cref="Covering"/>.</exception>
    public static AxisDomain Within(double min, double max, int count = DefaultCount, double minimumStep = 0)
    {
        var (low, high, step) = Step(min, max, count, minimumStep);
        var first = Math.Ceiling(low / step - 1e-9);
        var last = Math.Floor(high / step + 1e-9);
        return Domain(low, high, first, last, step);
    }

    /// <summary>Rounds <paramref name="value"/> &gt; 0 to 1, 2, 5 or 10 times a power of ten by Heckbert's thresholds.</summary>
    public static double RoundNice(double value)
    {
        var exponent = Math.Floor(Math.Log10(value));
        var fraction = value / Math.Pow(10, exponent);
        var nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
        return Scaled(nice, exponent);
    }

    private static (double Low, double High, double Step) Step(double min, double max, int count, double minimumStep)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max))
        {
            throw new ArgumentOutOfRangeException(nameof(min), $"The interval [{min}, {max}] must be finite.");
        }
        if (min > max)
        {
            throw new ArgumentOutOfRangeException(nameof(max), max, $"The interval end must not be below its start {min}.");
        }
        if (count < 3)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "At least 3 ticks are needed.");
        }
        if (!(double.IsFinite(minimumStep) && minimumStep >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(minimumStep), minimumStep, "The minimum step must be finite and not negative.");
        }
        if (min == max)
        {
            var half = min == 0 ? 1 : Math.Pow(10, Math.Floor(Math.Log10(Math.Abs(min))));
            (min, max) = (min - half, max + half);
        }
        return (min, max, Math.Max(RoundNice((max - min) / (count - 1)), minimumStep));
    }

    private static AxisDomain Domain(double min, double max, double first, double last, double step)
    {
        var ticks = new List<double>();
        for (var k = first; k <= last; k++)
        {
            ticks.Add(Multiple(k, step));
        }
        return new AxisDomain(min, max, ticks, step);
    }

    // k × step computed as (k × mantissa) / 10^-exponent when the step is below 1, so 3 × 0.2 is
    // exactly the double nearest 0.6 rather than 0.6000000000000001.
    private static double Multiple(double k, double step)
    {
        var exponent = Math.Floor(Math.Log10(step) + 1e-9);
        return exponent >= 0 ? k * step : k * Math.Round(step / Math.Pow(10, exponent)) / Math.Pow(10, -exponent);
    }

    private static double Scaled(double mantissa, double exponent) =>
        exponent >= 0 ? mantissa * Math.Pow(10, exponent) : mantissa / Math.Pow(10, -exponent);
}
