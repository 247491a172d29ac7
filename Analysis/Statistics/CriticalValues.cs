namespace Shortfall.Analysis.Statistics;

/// <summary>
/// The two-sided critical values behind every interval here, and the one place that checks a
/// confidence level, so that all intervals reject the same bad levels the same way.
/// </summary>
internal static class CriticalValues
{
    /// <summary>Throws unless <paramref name="level"/> lies strictly between 0 and 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the level is not in (0, 1).</exception>
    public static void CheckLevel(double level, string parameterName)
    {
        if (!(level > 0.0 && level < 1.0))
        {
            throw new ArgumentOutOfRangeException(parameterName, level, "A confidence level must lie strictly between 0 and 1.");
        }
    }

    /// <summary>z such that P(−z ≤ Z ≤ z) = <paramref name="level"/> for a standard normal Z.</summary>
    public static double Normal(double level, string parameterName)
    {
        CheckLevel(level, parameterName);
        return MathNet.Numerics.Distributions.Normal.InvCDF(0.0, 1.0, UpperProbability(level));
    }

    /// <summary>t such that P(−t ≤ T ≤ t) = <paramref name="level"/> for Student's T with <paramref name="degreesOfFreedom"/>.</summary>
    public static double StudentT(double level, long degreesOfFreedom, string parameterName)
    {
        CheckLevel(level, parameterName);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(degreesOfFreedom);
        return MathNet.Numerics.Distributions.StudentT.InvCDF(0.0, 1.0, degreesOfFreedom, UpperProbability(level));
    }

    // A two-sided interval leaves α/2 = (1 − level)/2 in each tail.
    private static double UpperProbability(double level) => 1.0 - (1.0 - level) / 2.0;
}
