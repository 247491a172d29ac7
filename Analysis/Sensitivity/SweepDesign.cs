using Shortfall.Randomness;

namespace Shortfall.Analysis.Sensitivity;

/// <summary>The points of a sweep. Point 0 is always the unchanged baseline, against which every other point is compared on the same random numbers.</summary>
public static class SweepDesign
{
    /// <summary>The baseline, then each parameter through its step values with the others at baseline.</summary>
    public static IReadOnlyList<SweepPoint> OneAtATime(IReadOnlyList<SweepParameter> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var points = new List<SweepPoint> { Baseline(parameters.Count) };
        for (var p = 0; p < parameters.Count; p++)
        {
            foreach (var value in parameters[p].StepValues())
            {
                var values = new double?[parameters.Count];
                values[p] = value;
                points.Add(new SweepPoint(points.Count, values));
            }
        }
        return points;
    }

    /// <summary>
    /// The baseline, then <paramref name="count"/> Latin-hypercube points: each parameter's range is
    /// cut into <paramref name="count"/> equal strata, each stratum used by exactly one point (a
    /// random permutation per parameter), at a uniformly random place within it. Depends only on
    /// the parameters, the count and <paramref name="seed"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="count"/> is below 2.</exception>
    public static IReadOnlyList<SweepPoint> LatinHypercube(IReadOnlyList<SweepParameter> parameters, int count, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 2);
        var random = new RandomStream(RandomStreams.StreamSeed(seed, 0, "sweep-latin-hypercube"));
        var columns = parameters.Select(p =>
        {
            var strata = Enumerable.Range(0, count).ToArray();
            for (var i = count - 1; i > 0; i--)
            {
                var j = random.NextInt(i + 1);
                (strata[i], strata[j]) = (strata[j], strata[i]);
            }
            return strata.Select(s => p.At((s + random.NextDouble()) / count)).ToArray();
        }).ToArray();
        var points = new List<SweepPoint> { Baseline(parameters.Count) };
        for (var i = 0; i < count; i++)
        {
            points.Add(new SweepPoint(points.Count, columns.Select(c => (double?)c[i]).ToArray()));
        }

        return points;
    }

    private static SweepPoint Baseline(int parameters) => new(0, new double?[parameters]);
}
