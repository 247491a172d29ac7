namespace Shortfall.Randomness;

/// <summary>Parameter checks shared by the distributions, each naming the parameter and the rule it broke.</summary>
internal static class Require
{
    public static double Finite(double value, string name)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be finite");
        }
        return value;
    }

    public static double Positive(double value, string name)
    {
        Finite(value, name);
        if (!(value > 0))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be > 0");
        }
        return value;
    }

    public static double NonNegative(double value, string name)
    {
        Finite(value, name);
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be >= 0");
        }
        return value;
    }

    public static double Probability(double value, string name)
    {
        if (!(value >= 0 && value <= 1))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be between 0 and 1");
        }
        return value;
    }
}
