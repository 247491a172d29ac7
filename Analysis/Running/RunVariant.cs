using Shortfall.Model.Results;

namespace Shortfall.Analysis.Running;

/// <summary>
/// One scenario variant as the runner sees it: a name, an optional cost, the labels of its
/// results, and the work of one replication. The runner knows nothing of the model; it only calls
/// <see cref="Replicate"/>, concurrently from several threads, with replication indices 0, 1, 2, …
/// </summary>
/// <param name="Name">The variant's name (the baseline's is "baseline").</param>
/// <param name="Cost">What the remedy costs, in the scenario's currency; null when no cost is given.</param>
/// <param name="Destinations">The names of the destinations, in the order of <see cref="DestinationMonth.Destination"/>.</param>
/// <param name="FirstMonth">Any date in month 0 of the horizon, to label months as yyyy-MM.</param>
/// <param name="Replicate">Runs replication k and returns its results. It must depend on k alone (and be safe to call concurrently), so that the same k gives the same result on any thread, and must use the same random numbers for the same k in every variant.</param>
public sealed record RunVariant(
    string Name,
    double? Cost,
    IReadOnlyList<string> Destinations,
    DateOnly FirstMonth,
    Func<long, ReplicationResult> Replicate)
{
    /// <summary>The yyyy-MM label of month <paramref name="month"/> of the horizon.</summary>
    public string MonthLabel(int month) =>
        FirstMonth.AddMonths(month).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
}
