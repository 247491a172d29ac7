namespace Shortfall.Analysis.Calibration;

/// <summary>How an ABC-SMC calibration runs.</summary>
/// <param name="Particles">Accepted parameter sets per generation.</param>
/// <param name="Generations">The most generations, the first (drawn from the prior) included.</param>
/// <param name="UntilAcceptance">When given, the calibration also stops after the first generation whose acceptance rate falls
/// below it.</param>
/// <param name="Seed">Every draw derives from it.</param>
/// <param name="Threads">Threads simulating attempts; the result does not depend on it.</param>
public sealed record AbcSettings(int Particles, int Generations, double? UntilAcceptance, ulong Seed, int Threads)
{
    /// <summary>The quantile of the previous generation's distances that becomes the next tolerance
    /// (Del Moral, Doucet and Jasra 2012 and Drovandi and Pettitt 2011 adapt it the same way; 0.5 is the usual choice).</summary>
    public double ToleranceQuantile { get; init; } = 0.5;

    /// <summary>Attempts a generation may take, per particle, before the calibration gives up on it and stops with the last full
    /// generation.</summary>
    public int AttemptsPerParticle { get; init; } = 100;

    /// <exception cref="ArgumentOutOfRangeException">When a setting is outside its range.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Particles, 2);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Generations);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Threads);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(AttemptsPerParticle);
        if (UntilAcceptance is { } a && !(a > 0 && a < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(UntilAcceptance), a, "The acceptance rate to stop at must lie between 0 and 1.");
        }
        if (!(ToleranceQuantile > 0 && ToleranceQuantile < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(ToleranceQuantile), ToleranceQuantile, "The tolerance quantile must lie between 0 and 1.");
        }
    }
}
