using Shortfall.Analysis.Batches;
using Shortfall.Configuration.Calibration;
using Shortfall.Randomness;

namespace Shortfall.Analysis.Calibration;

/// <summary>
/// Approximate Bayesian computation by sequential Monte Carlo (Toni, Welch, Strelkowa, Ipsen and Stumpf 2009) with the
/// importance weights of Beaumont, Cornuet, Marin and Robert (2009): generation 0 draws parameter sets from the prior;
/// each later one proposes by moving a previous particle, picked by weight, with a Gaussian kernel
/// (<see cref="PerturbationKernel"/>), and keeps it when one of its replications comes within the generation's tolerance.
/// The tolerance is a quantile of the previous generation's distances (Drovandi and Pettitt 2011; Del Moral, Doucet and
/// Jasra 2012). With R replications a point, the share of them within the tolerance is an unbiased estimate of the ABC
/// likelihood and multiplies the weight (Del Moral et al. 2012's M simulations per particle), so the weights stay correct.
/// Attempts are numbered and draw from their own seeds (<see cref="AttemptSeeds"/>); batches are simulated by an evaluator (this
/// machine's threads, or a cluster's tasks) and accepted in attempt order, so the result is the same bits whatever the number of
/// threads or tasks.
/// </summary>
public static class AbcSmc
{
    /// <summary>Runs the calibration.</summary>
    /// <param name="priors">One prior per parameter.</param>
    /// <param name="model">The model: distances of a few replications at a parameter set.</param>
    /// <param name="settings">Particles, generations, stopping rule, seed, threads.</param>
    /// <param name="progress">Called on the calling thread after each batch of attempts.</param>
    /// <param name="cancellation">Stops between batches.</param>
    /// <exception cref="ArgumentException">When there are no priors.</exception>
    /// <exception cref="OperationCanceledException">When cancelled.</exception>
    public static AbcOutcome Run(
        IReadOnlyList<Prior> priors,
        AbcModel model,
        AbcSettings settings,
        Action<AbcProgress>? progress = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        return Run(priors, new LocalEvaluator<AbcPoint, SimulatedPoint>(p => model(p.Parameters, p.Seed), settings.Threads), settings, progress,
            cancellation);
    }

    /// <summary>Runs the calibration, simulating each batch of attempts with <paramref name="evaluator"/>.</summary>
    /// <param name="priors">One prior per parameter.</param>
    /// <param name="evaluator">The model over batches of attempts: a parameter set and a seed give the distances of a few replications.</param>
    /// <param name="settings">Particles, generations, stopping rule, seed, threads (for proposing).</param>
    /// <param name="progress">Called on the calling thread after each batch of attempts.</param>
    /// <param name="cancellation">Stops between batches.</param>
    /// <exception cref="ArgumentException">When there are no priors.</exception>
    /// <exception cref="OperationCanceledException">When cancelled.</exception>
    public static AbcOutcome Run(
        IReadOnlyList<Prior> priors,
        IEvaluator<AbcPoint, SimulatedPoint> evaluator,
        AbcSettings settings,
        Action<AbcProgress>? progress = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(priors);
        ArgumentNullException.ThrowIfNull(evaluator);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        if (priors.Count == 0)
        {
            throw new ArgumentException("Calibration needs at least one uncertain parameter.", nameof(priors));
        }
        var sampler = new GenerationSampler(evaluator, settings, progress, cancellation);
        var first = sampler.Fill(0, double.PositiveInfinity, attempt => FromPrior(priors, AttemptSeeds.Proposal(settings.Seed, 0, attempt)), _ => 1)
            ?? throw new InvalidOperationException("Generation 0 accepts every attempt, so it cannot run out of attempts.");
        var generations = new List<Generation> { first };
        var space = new ProposalSpace(priors);
        while (true)
        {
            var previous = generations[^1];
            if (generations.Count == settings.Generations)
            {
                return new AbcOutcome(generations, $"ran the {settings.Generations} generations asked for");
            }
            if (settings.UntilAcceptance is { } floor && previous.Index > 0 && previous.AcceptanceRate < floor)
            {
                return new AbcOutcome(generations, $"the acceptance rate fell below {floor}");
            }
            var tolerance = NextTolerance(previous, settings.ToleranceQuantile);
            if (tolerance == 0 && previous.Tolerance == 0)
            {
                return new AbcOutcome(generations, "the tolerance reached 0: accepted replications match the observations exactly");
            }
            var moved = space.Into(previous);
            var kernel = PerturbationKernel.For(moved, space.Widths);
            var next = sampler.Fill(previous.Index + 1, tolerance,
                attempt => Propose(priors, space, moved, kernel, AttemptSeeds.Proposal(settings.Seed, previous.Index + 1, attempt)),
                parameters => Density(priors, parameters) * space.Jacobian(parameters) / Mixture(moved, kernel, space.Into(parameters)));
            if (next is null)
            {
                return new AbcOutcome(generations,
                    $"generation {previous.Index + 1} accepted too few of {(long)settings.AttemptsPerParticle * settings.Particles} attempts");
            }
            generations.Add(next);
        }
    }

    /// <summary>The next tolerance: the quantile of every replication distance of <paramref name="previous"/>, each weighted by its particle's
    /// weight shared among its replications. Distances that take few values (counts) can put that quantile at the previous tolerance;
    /// then the largest distance below it is taken, so that the schedule keeps falling.</summary>
    public static double NextTolerance(Generation previous, double quantile)
    {
        ArgumentNullException.ThrowIfNull(previous);
        var distances = new List<double>();
        var weights = new List<double>();
        foreach (var particle in previous.Particles)
        {
            foreach (var d in particle.Point.Distances)
            {
                distances.Add(d);
                weights.Add(particle.Weight / particle.Point.Distances.Length);
            }
        }
        var next = WeightedQuantile.Of(distances, weights, quantile);
        if (next < previous.Tolerance)
        {
            return next;
        }
        var below = distances.Where(d => d < previous.Tolerance).ToArray();
        return below.Length > 0 ? below.Max() : previous.Tolerance;
    }

    private static double[] FromPrior(IReadOnlyList<Prior> priors, RandomStream random) => priors.Select(p => p.Sample(random)).ToArray();

    private static double[] Propose(IReadOnlyList<Prior> priors, ProposalSpace space, Generation moved, PerturbationKernel kernel, RandomStream random)
    {
        // A proposal outside the prior's support has no chance of acceptance; it is redrawn on the same stream (Toni et al. 2009).
        for (var tries = 0; tries < 100_000; tries++)
        {
            var ancestor = Pick(moved.Particles, random.NextDouble());
            var candidate = space.OutOf(kernel.Sample(ancestor.Parameters, random));
            if (Density(priors, candidate) > 0)
            {
                return candidate;
            }
        }
        throw new InvalidOperationException("The perturbation kernel keeps leaving the prior's support.");
    }

    private static Particle Pick(IReadOnlyList<Particle> particles, double u)
    {
        var reached = 0.0;
        foreach (var particle in particles)
        {
            reached += particle.Weight;
            if (u < reached)
            {
                return particle;
            }
        }
        return particles[^1];
    }

    private static double Density(IReadOnlyList<Prior> priors, IReadOnlyList<double> parameters)
    {
        var density = 1.0;
        for (var i = 0; i < priors.Count; i++)
        {
            density *= priors[i].Density(parameters[i]);
        }
        return density;
    }

    // Σ_j W_j K(θ_j → θ): the density of the proposal that made θ (Beaumont et al. 2009, eq. 3).
    private static double Mixture(Generation previous, PerturbationKernel kernel, double[] parameters)
    {
        var sum = 0.0;
        foreach (var particle in previous.Particles)
        {
            sum += particle.Weight * kernel.RelativeDensity(particle.Parameters, parameters);
        }
        return sum;
    }
}
