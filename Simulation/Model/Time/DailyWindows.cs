using Shortfall.Model.Definition;

namespace Shortfall.Model.Time;

/// <summary>
/// When something is open, day by day over the horizon: each day has its own list of windows
/// (empty when closed all day). Answers "open now?" and "when does that next change?", which is
/// all a process needs to sleep exactly until the next opening or closing.
/// </summary>
internal sealed class DailyWindows
{
    private static readonly DailyWindow[] AllDay = [new(0, 24)];
    // Arrays, not lists: IsOpen runs on every decision, and enumerating an interface allocates.
    private readonly DailyWindow[][] _days;

    private DailyWindows(DailyWindow[][] days)
    {
        _days = days;
    }

    /// <summary>The windows of a work calendar: its hours on its open days.</summary>
    public static DailyWindows Of(WorkCalendar calendar, PlanCalendar plan)
    {
        var hours = calendar.Windows.Count == 0 ? AllDay : Sorted(calendar.Windows);
        var days = new DailyWindow[plan.Days][];
        for (var d = 0; d < plan.Days; d++)
        {
            var date = plan.DateOf(d);
            var open = calendar.Weekdays.Contains(date.DayOfWeek) && !calendar.Closed.Any(r => r.First <= date && date <= r.Last);
            days[d] = open ? hours : [];
        }
        return new DailyWindows(days);
    }

    /// <summary>The grid's scheduled supply: the windows of the season covering each day's month (none when no season does).</summary>
    public static DailyWindows Of(IReadOnlyList<SupplySeason> seasons, PlanCalendar plan)
    {
        var days = new DailyWindow[plan.Days][];
        for (var d = 0; d < plan.Days; d++)
        {
            var month = plan.DateOf(d).Month;
            var season = seasons.FirstOrDefault(s => s.Months.Contains(month));
            days[d] = season is null ? [] : Sorted(season.Windows);
        }
        return new DailyWindows(days);
    }

    /// <summary>True when day <paramref name="day"/> has any open window.</summary>
    public bool IsOpenDay(int day) => day >= 0 && day < _days.Length && _days[day].Length > 0;

    /// <summary>Open hours on day <paramref name="day"/>.</summary>
    public double HoursOn(int day) => day >= 0 && day < _days.Length ? _days[day].Sum(w => w.End - w.Start) : 0;

    /// <summary>True when <paramref name="time"/> lies in a window (windows are closed at their start, open at their end).</summary>
    public bool IsOpen(double time)
    {
        var day = PlanCalendar.DayOf(time);
        if (day < 0 || day >= _days.Length)
        {
            return false;
        }
        var hour = time - day * 24.0;
        foreach (var window in _days[day])
        {
            if (window.Start <= hour && hour < window.End)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The first time after <paramref name="time"/> at which <see cref="IsOpen"/> changes, or +∞ when it never does again.</summary>
    public double NextChange(double time)
    {
        var current = IsOpen(time);
        for (var day = Math.Max(0, PlanCalendar.DayOf(time)); day <= _days.Length; day++)
        {
            var midnight = day * 24.0;
            if (midnight > time && IsOpen(midnight) != current)
            {
                return midnight;
            }
            if (day == _days.Length)
            {
                break;
            }
            foreach (var window in _days[day])
            {
                foreach (var boundary in (ReadOnlySpan<double>)[window.Start, window.End])
                {
                    var at = midnight + boundary;
                    if (at > time && IsOpen(at) != current)
                    {
                        return at;
                    }
                }
            }
        }
        return double.PositiveInfinity;
    }

    private static DailyWindow[] Sorted(IReadOnlyList<DailyWindow> windows) => [.. windows.OrderBy(w => w.Start)];
}
