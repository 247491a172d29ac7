namespace Shortfall.Engine;

/// <summary>
/// The one rounding rule for continuous quantities (stock, product, fuel, kW): sums of decimal amounts
/// such as 0.1 + 0.2 miss their total by a few units in the last place, and must not make a batch wait
/// forever for input it has, or a container refuse what fits. An amount covers another when it falls
/// short of it by no more than a billionth of it.
/// </summary>
public static class Amounts
{
    /// <summary>The relative shortfall taken for rounding: one part in a billion.</summary>
    public const double Rounding = 1e-9;

    /// <summary>True when <paramref name="available"/> is at least <paramref name="wanted"/>, up to rounding.</summary>
    public static bool Covers(double available, double wanted) => available >= wanted - Rounding * Math.Abs(wanted);
}
