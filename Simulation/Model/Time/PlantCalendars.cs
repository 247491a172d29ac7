using System.Runtime.CompilerServices;
using Shortfall.Model.Definition;

namespace Shortfall.Model.Time;

/// <summary>
/// The calendars of a scenario worked out day by day over its horizon: the plan of days and months, every
/// named calendar, and the grid's published schedule. They depend on the scenario alone and never change,
/// so they are built once per scenario and shared by all its replications, on any thread.
/// </summary>
internal sealed class PlantCalendars
{
    private static readonly ConditionalWeakTable<Scenario, PlantCalendars> Built = [];

    private PlantCalendars(Scenario scenario)
    {
        Plan = new PlanCalendar(scenario.Horizon);
        Named = scenario.Calendars.ToDictionary(c => c.Name, c => DailyWindows.Of(c, Plan));
        Grid = DailyWindows.Of(scenario.Power.Seasons, Plan);
    }

    public PlanCalendar Plan { get; }

    /// <summary>Each named calendar of the scenario.</summary>
    public IReadOnlyDictionary<string, DailyWindows> Named { get; }

    /// <summary>The grid's scheduled supply windows.</summary>
    public DailyWindows Grid { get; }

    /// <summary>The calendars of <paramref name="scenario"/>, built on first use.</summary>
    public static PlantCalendars Of(Scenario scenario) => Built.GetValue(scenario, s => new PlantCalendars(s));
}
