namespace Shortfall.Analysis.Calibration;

/// <summary>One generation of ABC-SMC: its tolerance, its weighted particles and how many attempts it took.</summary>
/// <param name="Index">0 for the generation drawn from the prior.</param>
/// <param name="Tolerance">Replications within this distance count as matches (+∞ for generation 0).</param>
/// <param name="Particles">The accepted particles in attempt order.</param>
/// <param name="Attempts">Parameter sets proposed and simulated up to the last accepted one.</param>
public sealed record Generation(int Index, double Tolerance, IReadOnlyList<Particle> Particles, long Attempts)
{
    /// <summary>Accepted particles per attempt.</summary>
    public double AcceptanceRate => (double)Particles.Count / Attempts;

    /// <summary>Kish's effective sample size of the weights: (Σw)² / Σw².</summary>
    public double EffectiveSampleSize
    {
        get
        {
            double sum = 0, squares = 0;
            foreach (var particle in Particles)
            {
                sum += particle.Weight;
                squares += particle.Weight * particle.Weight;
            }
            return sum * sum / squares;
        }
    }
}
