using Shortfall.Analysis.Batches;

namespace Shortfall.Analysis.Calibration;

/// <summary>
/// Fills one generation: proposes numbered attempts in batches, has the evaluator simulate each batch (on this machine's threads or a
/// cluster's tasks), and accepts them in attempt order until the generation has its particles. An attempt beyond the last one accepted is
/// simulated and thrown away, so the result never depends on how many were in flight.
/// </summary>
internal sealed class GenerationSampler(IEvaluator<AbcPoint, SimulatedPoint> evaluator, AbcSettings settings, Action<AbcProgress>? progress,
    CancellationToken cancellation)
{
    /// <summary>The generation, or null when its attempt budget runs out first.</summary>
    /// <param name="index">The generation's index.</param>
    /// <param name="tolerance">The distance within which a replication matches.</param>
    /// <param name="propose">The parameters of an attempt, from its index alone.</param>
    /// <param name="weightOf">The unnormalised importance weight of accepted parameters, before the likelihood estimate.</param>
    public Generation? Fill(int index, double tolerance, Func<long, double[]> propose, Func<double[], double> weightOf)
    {
        var wanted = settings.Particles;
        var budget = (long)settings.AttemptsPerParticle * wanted;
        var accepted = new List<(long Attempt, double[] Parameters, SimulatedPoint Point, double Likelihood)>();
        long next = 0;
        var rate = 1.0;
        while (accepted.Count < wanted)
        {
            if (next >= budget)
            {
                return null;
            }
            cancellation.ThrowIfCancellationRequested();
            var missing = wanted - accepted.Count;
            var size = (int)Math.Min(Math.Min(Math.Ceiling(missing / rate * 1.1), 4L * missing + evaluator.Width), budget - next);
            size = Math.Max(size, (int)Math.Min(evaluator.Width * 2L, budget - next));
            var batch = Simulate(index, next, size, propose);
            var tried = 0;
            foreach (var (parameters, point) in batch)
            {
                tried++;
                var matches = point.Distances.Count(d => d <= tolerance);
                if (matches > 0)
                {
                    accepted.Add((next + tried - 1, parameters, point, (double)matches / point.Distances.Length));
                    if (accepted.Count == wanted)
                    {
                        break;
                    }
                }
            }
            next += tried;
            rate = Math.Max((double)accepted.Count / next, 1.0 / settings.AttemptsPerParticle);
            progress?.Invoke(new AbcProgress(index, tolerance, accepted.Count, wanted, next));
        }
        var weights = accepted.Select(a => weightOf(a.Parameters) * a.Likelihood).ToArray();
        var total = weights.Sum();
        var particles = accepted.Select((a, i) => new Particle(a.Parameters, weights[i] / total, a.Point, a.Attempt)).ToArray();
        return new Generation(index, tolerance, particles, next);
    }

    private (double[] Parameters, SimulatedPoint Point)[] Simulate(int generation, long first, int count, Func<long, double[]> propose)
    {
        // Proposing is cheap next to simulating, but it walks the previous generation: spread it over this machine's threads.
        var points = new AbcPoint[count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = settings.Threads, CancellationToken = cancellation };
        Parallel.For(0, count, options, i => points[i] = new AbcPoint(propose(first + i), AttemptSeeds.Model(settings.Seed, generation, first + i)));
        var simulated = evaluator.Evaluate(points, cancellation);
        return points.Select((p, i) => (p.Parameters, simulated[i])).ToArray();
    }
}
