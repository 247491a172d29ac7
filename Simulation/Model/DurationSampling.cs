using Shortfall.Randomness;

namespace Shortfall.Model;

/// <summary>Draws durations. Scenario validation admits only distributions that cannot go negative
/// for durations, so a negative draw is a bug to report, never a value to clamp.</summary>
internal static class DurationSampling
{
    public static double SampleDuration(this Distribution distribution, RandomStream random)
    {
        var value = distribution.Sample(random);
        if (!(value >= 0) || double.IsPositiveInfinity(value))
        {
            throw new InvalidOperationException($"{distribution} drew {value} as a duration; durations must be finite and ≥ 0.");
        }
        return value;
    }
}
