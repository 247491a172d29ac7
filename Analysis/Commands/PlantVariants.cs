using Shortfall.Analysis.Running;
using Shortfall.Model;
using Shortfall.Model.Definition;
using Shortfall.Randomness;

namespace Shortfall.Analysis.Commands;

/// <summary>Connects the runner to the plant model: a scenario variant becomes a <see cref="RunVariant"/> whose replication k runs the plant on the streams
/// (seed, k).</summary>
internal static class PlantVariants
{
    public static RunVariant From(Variant variant, ulong seed)
    {
        var scenario = variant.Scenario;
        return new RunVariant(variant.Name, variant.Cost, PlantLabels.Of(scenario), k => PlantSimulation.Run(scenario, new RandomStreams(seed, k)));

    }
}
