using Shortfall.Analysis.Calibration;
using Shortfall.Randomness;

namespace Shortfall.Tests.Calibration;

/// <summary>
/// The closed-form model the calibration is checked on: a plant available each of <paramref name="days"/> days with
/// probability p (one Bernoulli draw a day), observed as the count of available days. The distance of a replication is
/// how far its count is from <paramref name="observed"/>, so a tolerance of 0 makes ABC exact.
/// </summary>
internal sealed class BinomialModel(int days, int observed, int replications)
{
    public SimulatedPoint Simulate(double[] parameters, ulong seed)
    {
        var distances = new double[replications];
        var mean = 0.0;
        for (var r = 0; r < replications; r++)
        {
            var random = new RandomStreams(seed, r).Stream("days");
            var count = 0;
            for (var day = 0; day < days; day++)
            {
                if (random.NextDouble() < parameters[0])
                {
                    count++;
                }
            }
            distances[r] = Math.Abs(count - observed);
            mean += (double)count / replications;
        }
        return new SimulatedPoint(distances, [mean]);
    }
}
