using System.Collections.Concurrent;
using System.Globalization;
using Shortfall.Model.Definition;
using Shortfall.Model.Results;

namespace Shortfall.Analysis.Running;

/// <summary>
/// What the outputs call the parts of a plant whose results a replication reports by index, and
/// what they need to know of them besides: each destination's people (to count product per
/// person) and the first month of the horizon (to label months as yyyy-MM).
/// </summary>
/// <param name="Destinations">The destinations' names, in the order of <see cref="DestinationMonth.Destination"/>.</param>
/// <param name="People">The people each destination serves (e.g. pupils), in the same order.</param>
/// <param name="Materials">The materials' names, in the order of <see cref="ReplicationResult.Materials"/>.</param>
/// <param name="Carriers">The carrier kinds' names, in the order of <see cref="ReplicationResult.Carriers"/>.</param>
/// <param name="FirstMonth">Any date in month 0 of the horizon.</param>
public sealed record PlantLabels(
    IReadOnlyList<string> Destinations,
    IReadOnlyList<int> People,
    IReadOnlyList<string> Materials,
    IReadOnlyList<string> Carriers,
    DateOnly FirstMonth)
{
    /// <summary>Labels by calendar month (year × 12 + month − 1), made once each: every row of the destination-months table names
    /// its month, and a string made afresh per row would be held by the table's row group until it is written.</summary>
    private static readonly ConcurrentDictionary<int, string> Labels = new();

    /// <summary>The labels of <paramref name="scenario"/>'s results: its destinations with their people, materials and carrier kinds, in definition
    /// order.</summary>
    public static PlantLabels Of(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return new PlantLabels(
            scenario.Destinations.Select(d => d.Name).ToArray(),
            scenario.Destinations.Select(d => d.People).ToArray(),
            scenario.Materials.Select(m => m.Name).ToArray(),
            scenario.Carriers.Select(c => c.Name).ToArray(),
            scenario.Horizon.Start);
    }

    /// <summary>The yyyy-MM label of month <paramref name="month"/> of the horizon.</summary>
    public string MonthLabel(int month) =>
        Labels.GetOrAdd(FirstMonth.Year * 12 + FirstMonth.Month - 1 + month,
            static calendarMonth => new DateOnly(calendarMonth / 12, calendarMonth % 12 + 1, 1).ToString("yyyy-MM", CultureInfo.InvariantCulture));

    /// <summary>Throws unless there are as many people counts as destinations and none is negative.</summary>
    /// <exception cref="ArgumentException">When the counts do not match the destinations, or one is negative.</exception>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Destinations);
        ArgumentNullException.ThrowIfNull(People);
        ArgumentNullException.ThrowIfNull(Materials);
        ArgumentNullException.ThrowIfNull(Carriers);
        if (People.Count != Destinations.Count)
        {
            throw new ArgumentException($"{People.Count} people counts for {Destinations.Count} destinations.", nameof(People));
        }

        if (People.Any(p => p < 0))
        {
            throw new ArgumentException("A destination's people cannot be negative.", nameof(People));
        }
    }
}
