using Shortfall.Model;
using Shortfall.Model.Definition;
using Shortfall.Model.Tracing;
using Shortfall.Randomness;

namespace Shortfall.Tests.Model.Power;

/// <summary>
/// The grid is on exactly while a scheduled window is open and no outage is under way, checked against that definition
/// worked out here from the windows and the outages' own stream: every switch, and nothing else, at its time. Windows
/// at odd minutes (09:10, 12:50) put the switches at times no binary fraction can hold, where a schedule that read its
/// hours back from the rounded time would miss a switch and leave the grid on through the night.
/// </summary>
public class GridScheduleTests
{
    private const int Days = 30;
    private static readonly DailyWindow[] Windows = [new(9 + 10 / 60.0, 12 + 50 / 60.0), new(20 + 25 / 60.0, 23 + 35 / 60.0)];

    [Fact]
    public void Without_outages_the_grid_switches_at_every_window_bound_at_odd_minutes()
    {
        var switches = GridSwitches(Plant(outages: null), seed: 1);
        var expected = Enumerable.Range(0, Days)
            .SelectMany(d => Windows.SelectMany(w => new[] { (d * 24.0 + w.Start, 1.0), (d * 24.0 + w.End, 0.0) }))
            .ToList();
        Assert.Equal(expected, switches);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void With_outages_the_grid_is_on_exactly_when_a_window_is_open_and_no_outage_is_under_way(int seed)
    {
        var outages = new Outages(new Exponential(3), new LogNormal(1.5, 1));
        var switches = GridSwitches(Plant(outages), seed);
        var expected = Expected(outages, new RandomStreams((ulong)seed, 0).Stream("power/outages"));
        Assert.True(expected.Count > 4 * Days, $"only {expected.Count} switches: the windows or outages are not what the test means");
        Assert.Equal(expected, switches);
    }

    private static Scenario Plant(Outages? outages) => TestPlant.Baseline(Days) with
    {
        Power = new PowerSupply(100, [new SupplySeason(Enumerable.Range(1, 12).ToHashSet(), Windows)], outages, null, PowerLossPolicy.Pause),
    };

    private static List<(double Time, double On)> GridSwitches(Scenario plant, int seed)
    {
        var trace = new RecordedEvents();
        PlantSimulation.Run(plant, new RandomStreams((ulong)seed, 0), trace);
        return [.. trace.Levels.Where(l => l.Series == TraceNames.Grid).Select(l => (l.Time, l.Value))];
    }

    /// <summary>The definition: outages alternate with up-times from the start, drawn in turn from the outages' stream; the grid's
    /// state can change only at a window's or an outage's bound, and does where it differs from the state just before.</summary>
    private static List<(double Time, double On)> Expected(Outages outages, RandomStream random)
    {
        var horizon = Days * 24.0;
        var drawn = new List<(double Start, double End)>();
        for (var end = 0.0; end < horizon;)
        {
            var start = end + outages.Up.Sample(random);
            end = start + outages.Down.Sample(random);
            drawn.Add((start, end));
        }
        bool InWindow(double t) => Enumerable.Range(0, Days).Any(d => Windows.Any(w => d * 24.0 + w.Start <= t && t < d * 24.0 + w.End));
        bool On(double t) => InWindow(t) && !drawn.Any(o => o.Start <= t && t < o.End);
        var bounds = Enumerable.Range(0, Days).SelectMany(d => Windows.SelectMany(w => new[] { d * 24.0 + w.Start, d * 24.0 + w.End }))
            .Concat(drawn.SelectMany(o => new[] { o.Start, o.End }))
            .Where(t => t < horizon).Distinct().Order();
        var switches = new List<(double, double)>();
        var on = false;
        foreach (var t in bounds)
        {
            if (On(t) != on)
            {
                on = !on;
                switches.Add((t, on ? 1.0 : 0.0));
            }
        }
        return switches;
    }
}
