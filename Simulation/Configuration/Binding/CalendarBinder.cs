using Shortfall.Configuration.Schema;
using Shortfall.Model.Definition;
using Fields = Shortfall.Configuration.Schema.ScenarioSchema;

namespace Shortfall.Configuration.Binding;

/// <summary>Binds the horizon, the named periods and the calendars, and reads lists of daily windows.</summary>
internal static class CalendarBinder
{
    private static readonly DayOfWeek[] EveryDay = Enum.GetValues<DayOfWeek>();

    public static Horizon? Horizon(ObjectReader root)
    {
        var reader = root.Object(Fields.Document.Horizon);
        if (reader is null
            || !reader.TryGet<DateOnly>(Fields.Horizon.Start, out var start)
            || !reader.TryGet<CalendarLength>(Fields.Horizon.Length, out var length))
        {
            return null;
        }
        if (length.After(start) is not { } end)
        {
            var found = reader.Value(Fields.Horizon.Length)!.Value;
            reader.Context.Report(found.Node.Start, found.Path, "the horizon would end after the year 9999");
            return null;
        }
        return new Horizon(start, end);
    }

    public static void Periods(ObjectReader root, Catalog catalog)
    {
        var shape = (ListShape)((MapShape)Fields.Document.Periods.Shape).Values;
        foreach (var entry in root.Entries<string>(Fields.Document.Periods))
        {
            catalog.Periods[entry.Key] = root.Context.ReadList<DateRange>(shape, entry.Value, entry.Path).Select(i => i.Value).ToList();
        }
    }

    public static List<WorkCalendar> Calendars(ObjectReader root, Catalog catalog)
    {
        var calendars = new List<WorkCalendar>();
        foreach (var (name, reader) in root.Named(Fields.Document.Calendars))
        {
            if (reader.Value(Fields.Calendar.Weekdays) is { Node: Yaml.SequenceNode { Items.Count: 0 } none, Path: var path })
            {
                reader.Context.Report(none.Start, path, "list at least one weekday like 'mon-fri', or leave out 'weekdays' for every day");
            }
            var weekdays = reader.Has(Fields.Calendar.Weekdays)
                ? reader.List<int[]>(Fields.Calendar.Weekdays).SelectMany(i => i.Value).Select(d => (DayOfWeek)d).ToHashSet()
                : EveryDay.ToHashSet();
            var windows = reader.Has(Fields.Calendar.Hours) ? Windows(reader, Fields.Calendar.Hours) : [];
            var closed = new List<DateRange>();
            foreach (var item in reader.List<ClosedDays>(Fields.Calendar.Closed))
            {
                if (item.Value.Dates is { } dates)
                {
                    closed.Add(dates);
                }
                else if (catalog.Periods.TryGetValue(item.Value.Period!, out var period))
                {
                    closed.AddRange(period);
                }
            }
            calendars.Add(new WorkCalendar(name, weekdays, windows, closed));
        }
        return calendars;
    }

    /// <summary>The windows of a present list field, sorted by start; reports an empty list and overlapping windows.</summary>
    public static List<DailyWindow> Windows(ObjectReader reader, Field field)
    {
        var items = reader.List<DailyWindow[]>(field);
        if (reader.Value(field) is { Node: Yaml.SequenceNode { Items.Count: 0 } empty, Path: var path })
        {
            reader.Context.Report(empty.Start, path,
                "list at least one window like '08:00-17:00'" + (field == Fields.Calendar.Hours ? ", or leave out 'hours' for all day" : ""));
        }
        var windows = items
            .SelectMany(item => item.Value.Select(window => (Window: window, Item: item)))
            .OrderBy(w => w.Window.Start)
            .ToList();
        for (var i = 1; i < windows.Count; i++)
        {
            var (previous, current) = (windows[i - 1], windows[i]);
            if (current.Window.Start < previous.Window.End)
            {
                reader.Context.Report(current.Item.Node.Start, current.Item.Path,
                    $"the window '{Text(current.Item)}' overlaps '{Text(previous.Item)}'");
            }
        }
        // The last window may run past midnight into the next day's first.
        if (windows.Count > 1 && windows[^1].Window.End - 24 > windows[0].Window.Start)
        {
            var (first, last) = (windows[0], windows[^1]);
            reader.Context.Report(first.Item.Node.Start, first.Item.Path,
                $"the window '{Text(first.Item)}' overlaps '{Text(last.Item)}' after midnight");
        }
        return windows.Select(w => w.Window).ToList();
    }

    private static string Text(Item<DailyWindow[]> item) => ((Yaml.ScalarNode)item.Node).Value.Trim();
}
