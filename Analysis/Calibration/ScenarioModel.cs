using Shortfall.Configuration;
using Shortfall.Configuration.Calibration;
using Shortfall.Model;
using Shortfall.Randomness;

namespace Shortfall.Analysis.Calibration;

/// <summary>
/// A scenario file as a calibration model: a parameter set becomes an override of the baseline (checked by the loader like a
/// variant), the plant runs a few replications, and each replication's distance to the observations is the Euclidean norm of
/// the observations' own distances (each in units of its error, <see cref="ObservationError.Distance"/>).
/// </summary>
public sealed class ScenarioModel(byte[] content, string path, IReadOnlyList<UncertainInput> inputs, IReadOnlyList<Observation> observations,
    int replications)
{
    private static readonly Normal StandardNormal = new(0, 1);

    // Parsed and checked once: an attempt binds only its own override.
    private readonly ScenarioTemplate _template = ScenarioLoader.Prepare(content, path);

    /// <summary>The override that puts <paramref name="parameters"/> into the baseline.</summary>
    public ScenarioOverride Override(IReadOnlyList<double> parameters, string name) =>
        new(name, inputs.Select((input, i) => (input.Path, input.Format(parameters[i]))).ToArray()) { NumbersOnly = true };

    /// <summary>The model at <paramref name="parameters"/>: replication r runs on the streams (seed, r), and the observation errors it
    /// needs draw from its stream "observation error".</summary>
    /// <exception cref="ScenarioException">When the parameters do not make a valid scenario.</exception>
    public SimulatedPoint Simulate(double[] parameters, ulong seed)
    {
        var scenario = _template.Bind(Override(parameters, "point"));
        var statistics = new ObservedStatistics(observations, scenario);
        var distances = new double[replications];
        var means = new double[observations.Count];
        for (var r = 0; r < replications; r++)
        {
            var streams = new RandomStreams(seed, r);
            var values = statistics.Of(PlantSimulation.Run(scenario, streams));
            var noise = streams.Stream("observation error");
            var squares = 0.0;
            for (var i = 0; i < observations.Count; i++)
            {
                var d = double.IsNaN(values[i])
                    ? double.PositiveInfinity
                    : observations[i].Error.Distance(values[i], observations[i].Value, StandardNormal.Sample(noise));
                squares += d * d;
                means[i] += values[i] / replications;
            }
            distances[r] = Math.Sqrt(squares);
        }
        return new SimulatedPoint(distances, means);
    }
}
