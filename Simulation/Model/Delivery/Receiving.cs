using Shortfall.Model.Time;

namespace Shortfall.Model.Delivery;

/// <summary>When a destination takes a load: a carrier that arrives while it is open hands over at
/// once; one that arrives earlier the same day waits at the gate until it opens; one that arrives
/// after it has closed for the day cannot hand over.</summary>
internal static class Receiving
{
    /// <summary>The time a load arriving at <paramref name="arrival"/> is handed over, or +∞ when the destination takes none that day.</summary>
    public static double HandOver(DailyWindows hours, double arrival)
    {
        if (hours.IsOpen(arrival))
        {
            return arrival;
        }
        var opens = hours.NextChange(arrival);
        return PlanCalendar.DayOf(opens) == PlanCalendar.DayOf(arrival) && opens < (PlanCalendar.DayOf(arrival) + 1) * 24.0
            ? opens
            : double.PositiveInfinity;
    }
}
