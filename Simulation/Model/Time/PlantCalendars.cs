using System.Runtime.CompilerServices;
using Shortfall.Model.Definition;

namespace Shortfall.Model.Time;

/// <summary>
/// The calendars of a scenario worked out day by day over its horizon: the plan of days and months, every
/// named calendar, and the grid's published schedule. They depend on the scenario's horizon, calendars and
/// power seasons alone and never change, so they are built once and shared by all replications, on any thread,
/// of every scenario with the same of those three (the variants of a file, the attempts of a calibration).
/// </summary>
internal sealed class PlantCalendars
{
    /// <summary>How many differently-calendared scenarios are remembered: a run has a few, a sweep of calendars a few more.</summary>
    private const int Remembered = 8;

    private static readonly ConditionalWeakTable<Scenario, PlantCalendars> Built = [];
    private static readonly LinkedList<(CalendarInputs Inputs, PlantCalendars Calendars)> Recent = [];

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

    /// <summary>The calendars of <paramref name="scenario"/>, built on first use, or those of a recent scenario with the same inputs.</summary>
    public static PlantCalendars Of(Scenario scenario) => Built.GetValue(scenario, Shared);

    private static PlantCalendars Shared(Scenario scenario)
    {
        var inputs = new CalendarInputs(scenario);
        lock (Recent)
        {
            for (var node = Recent.First; node is not null; node = node.Next)
            {
                if (node.Value.Inputs.Matches(inputs))
                {
                    return node.Value.Calendars;
                }
            }
            var calendars = new PlantCalendars(scenario);
            Recent.AddFirst((inputs, calendars));
            if (Recent.Count > Remembered)
            {
                Recent.RemoveLast();
            }
            return calendars;
        }
    }

    /// <summary>What the calendars are worked out from, compared by value: every member of the horizon, each work calendar and
    /// each season (a member added to one of them must be compared here too; <c>PlantCalendarsTests</c> lists them).</summary>
    private sealed class CalendarInputs(Scenario scenario)
    {
        private readonly Horizon _horizon = scenario.Horizon;
        private readonly IReadOnlyList<WorkCalendar> _calendars = scenario.Calendars;
        private readonly IReadOnlyList<SupplySeason> _seasons = scenario.Power.Seasons;

        public bool Matches(CalendarInputs other) =>
            _horizon == other._horizon
            && _calendars.Count == other._calendars.Count && _calendars.Zip(other._calendars).All(pair => Same(pair.First, pair.Second))
            && _seasons.Count == other._seasons.Count && _seasons.Zip(other._seasons).All(pair => Same(pair.First, pair.Second));

        private static bool Same(WorkCalendar a, WorkCalendar b) =>
            a.Name == b.Name && a.Weekdays.SetEquals(b.Weekdays) && a.Windows.SequenceEqual(b.Windows) && a.Closed.SequenceEqual(b.Closed);

        private static bool Same(SupplySeason a, SupplySeason b) => a.Months.SetEquals(b.Months) && a.Windows.SequenceEqual(b.Windows);
    }
}
