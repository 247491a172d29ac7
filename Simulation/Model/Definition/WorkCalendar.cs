namespace Shortfall.Model.Definition;

/// <summary>
/// When something is available: on the listed weekdays, in the daily windows (all day when
/// <see cref="Windows"/> is empty), except on the closed dates. Used for plant shifts, school days,
/// carrier availability (e.g. parents on some days) and the opening hours of service equipment.
/// </summary>
public sealed record WorkCalendar(
    string Name,
    IReadOnlySet<DayOfWeek> Weekdays,
    IReadOnlyList<DailyWindow> Windows,
    IReadOnlyList<DateRange> Closed)
{
    /// <summary>True when <paramref name="date"/> is one of the listed weekdays and in no closed range (a day its windows open on).</summary>
    public bool IsOpenOn(DateOnly date)
    {
        if (!Weekdays.Contains(date.DayOfWeek))
        {
            return false;
        }
        foreach (var closed in Closed)
        {
            if (closed.First <= date && date <= closed.Last)
            {
                return false;
            }
        }
        return true;
    }
}

/// <summary>A window that opens on a day, in hours since that day's midnight, 0 ≤ Start &lt; 24 and
/// Start &lt; End ≤ Start + 24. A window that crosses midnight has End &gt; 24: its part after midnight
/// belongs to the day it started on, so it runs on into a closed day but never begins one.</summary>
public readonly record struct DailyWindow(double Start, double End);

/// <summary>An inclusive range of dates; a single date has First == Last.</summary>
public readonly record struct DateRange(DateOnly First, DateOnly Last);
