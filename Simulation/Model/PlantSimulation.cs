using Shortfall.Engine;
using Shortfall.Model.Definition;
using Shortfall.Model.Results;
using Shortfall.Model.Tracing;
using Shortfall.Randomness;

namespace Shortfall.Model;

/// <summary>Runs one replication of a plant over its horizon.</summary>
public static class PlantSimulation
{
    /// <summary>
    /// Builds the plant of <paramref name="scenario"/> in a fresh simulator, runs it from midnight of
    /// the first day to midnight ending the horizon, and returns its results. The result depends only
    /// on the scenario and the streams (seed and replication index), never on the thread it runs on.
    /// </summary>
    public static ReplicationResult Run(Scenario scenario, RandomStreams streams, ITraceSink? trace = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(streams);
        var sim = new Simulator(scenario.Horizon.Start.ToDateTime(TimeOnly.MinValue));
        var plant = new Plant(sim, scenario, streams, trace);
        sim.Run(until: plant.EndTime);
        return plant.Finish(streams.Replication);
    }
}
