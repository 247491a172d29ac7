using Shortfall.Configuration.Schema;
using Shortfall.Model.Definition;
using Shortfall.Model.Time;
using Shortfall.Tests.Configuration;

namespace Shortfall.Tests.Model.Time;

/// <summary>
/// A window past midnight belongs to the day it starts on. 2021-04-03 is a Saturday; the horizon
/// runs Thursday 1 April to Wednesday 7 April, so day 2 is Saturday, day 3 Sunday, day 4 Monday.
/// </summary>
public class NightWindowTests
{
    private static readonly PlanCalendar Plan = new(new Horizon(TestPlant.Start, TestPlant.Start.AddDays(7)));

    private static DailyWindow[] Read(string text)
    {
        var parsed = WindowShape.Instance.Parse(text, Contexts.Won());
        Assert.True(parsed.Ok, parsed.Error);
        return parsed.Value;
    }

    private static double At(int day, double hour) => day * 24 + hour;

    [Fact]
    public void A_Saturday_night_shift_runs_to_four_on_a_closed_Sunday_and_does_not_open_Monday_morning()
    {
        var shift = new WorkCalendar("night", Enum.GetValues<DayOfWeek>().Where(d => d != DayOfWeek.Sunday).ToHashSet(),
            Read("21:00-04:00"), []);
        var windows = DailyWindows.Of(shift, Plan);
        Assert.True(windows.IsOpen(At(2, 23.5)));
        Assert.True(windows.IsOpen(At(3, 3.5)));
        Assert.False(windows.IsOpen(At(3, 4)));
        Assert.False(windows.IsOpen(At(4, 1)));
        Assert.Equal(At(3, 4), windows.NextChange(At(2, 22)));
        Assert.Equal(At(4, 21), windows.NextChange(At(3, 4)));
        // Sunday is not an open day for the calendar, even though Saturday's shift runs into it.
        Assert.False(windows.IsOpenDay(3));
        Assert.True(windows.IsOpenDay(2));
    }

    [Fact]
    public void A_power_window_past_midnight_follows_the_season_of_the_day_it_starts_on()
    {
        // 30 April is in the night season, 1 May in a season without power: the night of the 30th
        // still runs to 02:00 on 1 May, and no supply spills into 1 May's night from a May window.
        var plan = new PlanCalendar(new Horizon(new DateOnly(2021, 4, 29), new DateOnly(2021, 5, 3)));
        var seasons = new List<SupplySeason>
        {
            new(new HashSet<int> { 4 }, Read("22:00-02:00")),
            new(Enumerable.Range(5, 8).Append(1).Append(2).Append(3).ToHashSet(), Read("10:00-11:00")),
        };
        var windows = DailyWindows.Of(seasons, plan);
        Assert.True(windows.IsOpen(At(2, 1)));
        Assert.False(windows.IsOpen(At(2, 2)));
        Assert.False(windows.IsOpen(At(3, 1)));
        Assert.True(windows.IsOpen(At(2, 10.5)));
    }
}
