using Shortfall.Model.Results;

namespace Shortfall.Analysis.Running;

/// <summary>
/// One scenario variant as the runner sees it: a name, an optional cost, the labels of its
/// results, and the work of one replication. The runner knows nothing of the model; it only calls
/// <see cref="Replicate"/>, concurrently from several threads, with replication indices 0, 1, 2, …
/// </summary>
/// <param name="Name">The variant's name (the baseline's is "baseline").</param>
/// <param name="Cost">What the remedy costs, in the scenario's currency; null when no cost is given.</param>
/// <param name="Plant">The names (and people) of the destinations, materials and carrier kinds its results report by index, and its first month.</param>
/// <param name="Replicate">Runs replication k and returns its results. It must depend on k alone (and be safe to call concurrently), so that the same k gives
/// the same result on any thread, and must use the same random numbers for the same k in every variant.</param>
public sealed record RunVariant(
    string Name,
    double? Cost,
    PlantLabels Plant,
    Func<long, ReplicationResult> Replicate)
{
    /// <summary>The names of the destinations (<see cref="PlantLabels.Destinations"/>).</summary>
    public IReadOnlyList<string> Destinations => Plant.Destinations;
}
