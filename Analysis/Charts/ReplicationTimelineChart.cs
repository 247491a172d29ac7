using ScottPlot;

namespace Shortfall.Analysis.Charts;

/// <summary>One replication over calendar time: power-on periods as shaded bands over the whole plot, stock
/// levels as step lines, and deliveries as ticks along the top, above the stock lines.</summary>
public static class ReplicationTimelineChart
{
    private const double HoursPerDay = 24;

    /// <summary>The chart as a plot, wider than the default so a year's days are told apart.</summary>
    /// <exception cref="ArgumentNullException">The data, its title, a list, an item, a name or an axis title is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The horizon is not positive and finite, a time lies outside
    /// [0, horizon], an interval ends before it starts, a stock's times decrease, or a level is not finite.</exception>
    public static PlottedChart Plot(ReplicationTimelineData data)
    {
        Validate(data);
        var plot = ChartStyle.NewPlot(data.Title, data.XAxis, data.YAxis);
        double At(double hours) => data.Start.AddHours(hours).ToOADate();
        var power = Color.FromHex("#F0E442").WithAlpha(0.45);
        var first = true;
        foreach (var on in data.PowerOn.OrderBy(p => p.StartHours).ThenBy(p => p.EndHours))
        {
            var band = plot.Add.HorizontalSpan(At(on.StartHours), At(on.EndHours), power);
            band.LineWidth = 0;
            band.LegendText = first ? "power on" : "";
            first = false;
        }
        var levels = data.Stocks.SelectMany(s => s.Levels.Select(l => l.Level)).DefaultIfEmpty(0).ToArray();
        for (var i = 0; i < data.Stocks.Count; i++)
        {
            var stock = data.Stocks[i];
            var look = ChartStyle.Series(i == 5 ? 6 : i);
            var points = Steps(stock.Levels, data.HorizonHours);
            var line = plot.Add.ScatterLine(points.Select(p => At(p.Hours)).ToArray(), points.Select(p => p.Level).ToArray(), look.Color);
            line.LineWidth = 1.5f;
            line.LinePattern = look.Pattern;
            line.LegendText = stock.Name;
        }
        // Deliveries along the top, above the highest stock, as short vertical ticks.
        var top = Math.Max(levels.Max(), 0) * 1.08 + (levels.Max() <= 0 ? 1 : 0);
        var ticks = plot.Add.Scatter(data.DeliveryHours.Select(At).ToArray(), data.DeliveryHours.Select(_ => top).ToArray(), ChartStyle.Ink);
        ticks.LineWidth = 0;
        ticks.MarkerShape = MarkerShape.VerticalBar;
        ticks.MarkerSize = 10;
        ticks.LegendText = "delivery";
        ChartStyle.Dates(plot, data.XAxis);
        plot.Axes.SetLimitsX(At(0), At(data.HorizonHours));
        plot.Axes.SetLimitsY(Math.Min(levels.Min(), 0), top * 1.04);
        ChartStyle.Legend(plot);
        return new PlottedChart(plot, data.Title, Describe(data), 960, ChartStyle.Height);
    }

    // The level holds until the next change, and the last one until the horizon.
    private static List<(double Hours, double Level)> Steps(IReadOnlyList<StockLevel> levels, double horizonHours)
    {
        var points = new List<(double Hours, double Level)>();
        for (var i = 0; i < levels.Count; i++)
        {
            if (i > 0)
            {
                points.Add((levels[i].Hours, points[^1].Level));
            }
            points.Add((levels[i].Hours, levels[i].Level));
        }
        if (points.Count > 0)
        {
            points.Add((horizonHours, points[^1].Level));
        }
        return points;
    }

    private static void Validate(ReplicationTimelineData data)
    {
        ChartArguments.NotNull(data, nameof(data));
        ChartArguments.NotNull(data.Title, nameof(data.Title));
        ChartArguments.Items(data.PowerOn, nameof(data.PowerOn));
        ChartArguments.Items(data.Stocks, nameof(data.Stocks));
        ChartArguments.NotNull(data.DeliveryHours, nameof(data.DeliveryHours));
        ChartArguments.NotNull(data.XAxis, nameof(data.XAxis));
        ChartArguments.NotNull(data.YAxis, nameof(data.YAxis));
        if (!(double.IsFinite(data.HorizonHours) && data.HorizonHours > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(data.HorizonHours), data.HorizonHours, "The horizon must be positive and finite.");
        }
        foreach (var on in data.PowerOn)
        {
            InRun(on.StartHours, data.HorizonHours, nameof(on.StartHours));
            InRun(on.EndHours, data.HorizonHours, nameof(on.EndHours));
            if (on.EndHours < on.StartHours)
            {
                throw new ArgumentOutOfRangeException(nameof(data.PowerOn), on, "A power-on period ends before it starts.");
            }
        }
        foreach (var stock in data.Stocks)
        {
            ChartArguments.NotNull(stock.Name, nameof(stock.Name));
            ChartArguments.Items(stock.Levels, nameof(stock.Levels));
            for (var i = 0; i < stock.Levels.Count; i++)
            {
                InRun(stock.Levels[i].Hours, data.HorizonHours, $"{stock.Name}[{i}].Hours");
                ChartArguments.Finite(stock.Levels[i].Level, $"{stock.Name}[{i}].Level");
                if (i > 0 && stock.Levels[i].Hours < stock.Levels[i - 1].Hours)
                {
                    throw new ArgumentOutOfRangeException(nameof(data.Stocks), stock.Levels[i],
                        $"The levels of stock '{stock.Name}' must be in time order.");
                }
            }
        }
        foreach (var hours in data.DeliveryHours)
        {
            InRun(hours, data.HorizonHours, nameof(data.DeliveryHours));
        }
    }

    private static void InRun(double hours, double horizon, string name)
    {
        if (!(hours >= 0 && hours <= horizon))
        {
            throw new ArgumentOutOfRangeException(name, hours, $"A time must lie within the run, [0, {horizon}] hours.");
        }
    }

    private static string Describe(ReplicationTimelineData data)
    {
        var powerHours = data.PowerOn.Sum(p => p.EndHours - p.StartHours);
        return $"One replication over {ChartStyle.Number(data.HorizonHours / HoursPerDay)} days: power on in " +
               $"{data.PowerOn.Count} periods totalling {ChartStyle.Number(powerHours)} hours, " +
               $"{data.DeliveryHours.Count} deliveries, stocks: " +
               (data.Stocks.Count == 0 ? "none" : string.Join(", ", data.Stocks.Select(s => s.Name))) + ".";
    }
}
