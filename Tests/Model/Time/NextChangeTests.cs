using Shortfall.Model.Definition;
using Shortfall.Model.Time;
using Shortfall.Tests.Configuration;

namespace Shortfall.Tests.Model.Time;

/// <summary>
/// <see cref="DailyWindows.NextChange"/> against its definition, on random calendars (night shifts, closed weekdays
/// and date ranges, several windows a day, bounds at odd minutes): the state read by <see cref="DailyWindows.IsOpen"/> is
/// the same all the way from a time to its next change and differs at the change, and there is no change after +∞ is
/// answered. A minute is no binary fraction of an hour, so a change's time is rounded, and the state must flip at that
/// very time: a process that sleeps until the change and finds the window still open sleeps through the gap.
/// </summary>
public class NextChangeTests
{
    private const int Days = 40;
    private static readonly PlanCalendar Plan = new(new Horizon(TestPlant.Start, TestPlant.Start.AddDays(Days)));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void The_state_holds_until_the_next_change_and_flips_there(int seed)
    {
        var random = new Random(seed);
        var windows = DailyWindows.Of(RandomCalendar(random), Plan);
        for (var probe = 0; probe < 400; probe++)
        {
            // Whole quarter hours hit the window bounds themselves; the rest fall between them.
            var time = probe % 2 == 0 ? random.Next(-8, (Days + 1) * 96) / 4.0 : random.NextDouble() * (Days + 1) * 24 - 2;
            var open = windows.IsOpen(time);
            var next = windows.NextChange(time);
            Assert.True(next > time);
            var last = double.IsPositiveInfinity(next) ? (Days + 2) * 24.0 : next;
            for (var step = 1; step <= 64; step++)
            {
                var between = time + (last - time) * step / 65.0;
                Assert.True(windows.IsOpen(between) == open, $"seed {seed}: open {open} at {time} but not at {between}, before the change at {next}");
            }
            if (!double.IsPositiveInfinity(next))
            {
                Assert.NotEqual(open, windows.IsOpen(next));
                Assert.Equal(open, windows.IsOpen(Math.BitDecrement(next)));
            }
        }
    }

    private static WorkCalendar RandomCalendar(Random random)
    {
        var weekdays = Enum.GetValues<DayOfWeek>().Where(_ => random.Next(4) > 0).ToHashSet();
        var hours = new List<DailyWindow>();
        double Minutes() => random.Next(0, 60) / 60.0;
        var start = random.Next(0, 8) * 1.5 + Minutes();
        for (var n = random.Next(1, 4); n > 0 && start < 24; n--)
        {
            // The last window may run past midnight, into the next day's first hours.
            var end = Math.Min(start + 0.5 + random.Next(0, 12) + Minutes(), 24 + random.Next(0, 6));
            hours.Add(new DailyWindow(start, end));
            start = end + 0.5 + random.Next(0, 4);
        }
        var closedFrom = TestPlant.Start.AddDays(random.Next(Days));
        return new WorkCalendar("random", weekdays, hours, [new DateRange(closedFrom, closedFrom.AddDays(random.Next(4)))]);
    }
}
