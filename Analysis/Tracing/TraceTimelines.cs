using Shortfall.Analysis.Charts;
using Shortfall.Model.Definition;
using Shortfall.Model.Tracing;

namespace Shortfall.Analysis.Tracing;

/// <summary>
/// The timeline charts of a traced replication: one per unit among the materials and products
/// (kilograms of beans and sugar share an axis, litres of milk and diesel another), each with the
/// periods power was on (grid or generator) as bands and the counted deliveries as ticks.
/// </summary>
public static class TraceTimelines
{
    /// <summary>The charts, as (unit, plot), in the order the units first appear among materials then products.</summary>
    public static IReadOnlyList<(string Unit, PlottedChart Chart)> Plot(Scenario scenario, TraceRecorder trace, string title)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(trace);
        var power = PowerOn(trace.Levels, scenario.Horizon.Hours);
        var deliveries = trace.Events.Where(e => e.Kind == TraceNames.Delivery).Select(e => e.Hours).ToArray();
        var stocks = scenario.Materials.Select(m => (m.Unit, Series: TraceNames.Material(m.Name), m.Name))
            .Concat(scenario.Products.Select(p => (p.Unit, Series: TraceNames.Product(p.Name), p.Name)))
            .ToArray();
        return stocks.Select(s => s.Unit).Distinct(StringComparer.Ordinal).Select(unit =>
        {
            var series = stocks.Where(s => s.Unit == unit)
                .Select(s => new StockSeries(s.Name, Levels(trace.Levels, s.Series)))
                .ToArray();
            var data = new ReplicationTimelineData($"{title}: stocks in {unit}", scenario.Horizon.Hours, power, series, deliveries)
            {
                Start = scenario.Horizon.Start.ToDateTime(TimeOnly.MinValue),
                YAxis = new AxisTitle("Stock", unit),
            };
            return (unit, ReplicationTimelineChart.Plot(data));
        }).ToArray();
    }

    private static StockLevel[] Levels(IEnumerable<TracedLevel> levels, string series) =>
        levels.Where(l => l.Series == series).Select(l => new StockLevel(l.Hours, l.Value)).ToArray();

    /// <summary>The periods when the grid or the generator was on, merged, up to <paramref name="horizon"/>.</summary>
    private static TimeInterval[] PowerOn(IEnumerable<TracedLevel> levels, double horizon)
    {
        var intervals = new List<TimeInterval>();
        bool grid = false, generator = false;
        double? since = null;
        foreach (var level in levels)
        {
            if (level.Series == TraceNames.Grid)
            {
                grid = level.Value > 0;
            }
            else if (level.Series == TraceNames.Generator)
            {
                generator = level.Value > 0;
            }
            else
            {
                continue;
            }

            var on = grid || generator;
            if (on && since is null)
            {
                since = level.Hours;
            }
            else if (!on && since is { } start)
            {
                if (level.Hours > start)
                {
                    intervals.Add(new TimeInterval(start, level.Hours));
                }

                since = null;
            }
        }
        if (since is { } open && open < horizon)
        {
            intervals.Add(new TimeInterval(open, horizon));
        }

        return [.. intervals];
    }
}
