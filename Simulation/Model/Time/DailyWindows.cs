using Shortfall.Model.Definition;

namespace Shortfall.Model.Time;

/// <summary>
/// When something is open, day by day over the horizon: each day has its own list of windows
/// (empty when closed all day). A window past midnight belongs to the day it starts on: its part
/// after midnight is placed at the start of the next day, whether that day is open or not, and a
/// closed day begins with nothing of its own. Answers "open now?" and "when does that next
/// change?", which is all a process needs to sleep exactly until the next opening or closing.
/// </summary>
internal sealed class DailyWindows
{
    private static readonly DailyWindow[] AllDay = [new(0, 24)];
    private readonly DailyWindow[][] _days;
    private readonly bool[] _openDays;
    private readonly double[] _changes;
    /// <summary>For each day (and the day after the horizon), the index of its first change in <see cref="_changes"/>.</summary>
    private readonly int[] _firstChangeOn;

    /// <param name="windowsOf">Each day's own windows (day −1: the day before the horizon). Days with the same windows should get
    /// the same array: a day's windows within it are worked out once for each pair of its own and the day before's arrays.</param>
    /// <param name="days">The days of the horizon.</param>
    private DailyWindows(Func<int, DailyWindow[]> windowsOf, int days)
    {
        _openDays = new bool[days];
        _days = new DailyWindow[days][];
        var worked = new List<(DailyWindow[] Own, DailyWindow[] Spill, DailyWindow[] Within)>();
        var spill = windowsOf(-1);
        for (var d = 0; d < days; d++)
        {
            var own = windowsOf(d);
            _openDays[d] = own.Length > 0;
            _days[d] = WithinDay(own, spill, worked);
            spill = own;
        }
        _changes = Changes(_days);
        _firstChangeOn = new int[days + 1];
        for (var (d, next) = (0, 0); d <= days; d++)
        {
            while (next < _changes.Length && _changes[next] < d * 24.0)
            {
                next++;
            }
            _firstChangeOn[d] = next;
        }
    }

    /// <summary>The windows of a work calendar: its hours on its open days.</summary>
    public static DailyWindows Of(WorkCalendar calendar, PlanCalendar plan)
    {
        DailyWindow[] hours = calendar.Windows.Count == 0 ? AllDay : [.. calendar.Windows];
        return new DailyWindows(d => calendar.IsOpenOn(plan.DateOf(d)) ? hours : [], plan.Days);
    }

    /// <summary>The grid's scheduled supply: the windows of the season covering the month of the day each
    /// window starts on (none when no season does).</summary>
    public static DailyWindows Of(IReadOnlyList<SupplySeason> seasons, PlanCalendar plan)
    {
        var windows = seasons.Select(s => s.Windows.ToArray()).ToArray();
        return new DailyWindows(d =>
        {
            var month = plan.DateOf(d).Month;
            for (var s = 0; s < seasons.Count; s++)
            {
                if (seasons[s].Months.Contains(month))
                {
                    return windows[s];
                }
            }
            return [];
        }, plan.Days);
    }

    /// <summary>A day's windows within [0, 24), worked out once for each pair of arrays (<paramref name="worked"/>): a calendar has a
    /// few kinds of day (a weekday after a weekday, a Monday after a Sunday...), and a sweep of the hours builds calendars for every
    /// point.</summary>
    private static DailyWindow[] WithinDay(DailyWindow[] own, DailyWindow[] previous,
        List<(DailyWindow[] Own, DailyWindow[] Spill, DailyWindow[] Within)> worked)
    {
        foreach (var (o, p, within) in worked)
        {
            if (ReferenceEquals(o, own) && ReferenceEquals(p, previous))
            {
                return within;
            }
        }
        var day = WithinDay(own, previous);
        worked.Add((own, previous, day));
        return day;
    }

    /// <summary>A day's windows within [0, 24): the part after midnight of the previous day's windows, then its own
    /// up to midnight; sorted, overlaps merged.</summary>
    private static DailyWindow[] WithinDay(DailyWindow[] own, DailyWindow[] previous)
    {
        var parts = previous.Where(w => w.End > 24).Select(w => new DailyWindow(0, w.End - 24))
            .Concat(own.Select(w => w with { End = Math.Min(24, w.End) }))
            .OrderBy(w => w.Start);
        var merged = new List<DailyWindow>();
        foreach (var part in parts)
        {
            if (merged.Count > 0 && part.Start <= merged[^1].End)
            {
                merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, part.End) };
            }
            else
            {
                merged.Add(part);
            }
        }
        return [.. merged];
    }

    /// <summary>True when day <paramref name="day"/> is one of the calendar's open days (a night shift's
    /// morning hours do not open the day they spill into).</summary>
    public bool IsOpenDay(int day) => day >= 0 && day < _openDays.Length && _openDays[day];

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
        // Bounds as times, midnight plus hour, rounded exactly as the changes are (see Changes): a window bound at an odd
        // minute is no binary fraction, and an hour worked back from the time can fall a rounding error short of it, so a
        // process waking at a change to close would find the window still open and sleep through the gap.
        var midnight = day * 24.0;
        foreach (var window in _days[day])
        {
            if (midnight + window.Start <= time && time < midnight + window.End)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The first time after <paramref name="time"/> at which <see cref="IsOpen"/> changes, or +∞ when it never does again.</summary>
    public double NextChange(double time)
    {
        // Start at the day's first change: processes ask on every wake, and a day holds only a few changes.
        var day = Math.Clamp(PlanCalendar.DayOf(time), 0, _days.Length);
        for (var next = _firstChangeOn[day]; next < _changes.Length; next++)
        {
            if (_changes[next] > time)
            {
                return _changes[next];
            }
        }
        return double.PositiveInfinity;
    }

    /// <summary>
    /// The times at which open and closed alternate, the first an opening: every midnight and window boundary over
    /// the horizon where the state differs from the one before it (a state is constant between two such candidates).
    /// </summary>
    private static double[] Changes(DailyWindow[][] days)
    {
        var changes = new List<double>();
        var open = false;
        for (var day = 0; day < days.Length; day++)
        {
            var midnight = day * 24.0;
            // Within a day the windows are sorted and disjoint, so walking their bounds in order visits each state once.
            var hour = 0.0;
            foreach (var window in days[day])
            {
                if (window.End <= window.Start)
                {
                    continue;
                }
                if (window.Start > hour && open)
                {
                    changes.Add(midnight + hour);
                    open = false;
                }
                if (!open)
                {
                    changes.Add(midnight + window.Start);
                    open = true;
                }
                hour = window.End;
            }
            if (hour < 24 && open)
            {
                changes.Add(midnight + hour);
                open = false;
            }
        }
        if (open)
        {
            // Closed after the horizon.
            changes.Add(days.Length * 24.0);
        }
        return [.. changes];
    }
}
