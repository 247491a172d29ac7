namespace Shortfall.Analysis.Charts;

/// <summary>One replication over time, x in days: power-on periods as shaded bands over the whole plot
/// (class "power-on"), stock levels as step lines (class "stock", <c>data-stock</c>), and deliveries as
/// ticks (class "delivery", <c>data-hours</c>) in a strip along the top of the plot, above the stock lines.</summary>
public static class ReplicationTimelineChart
{
    private const double HoursPerDay = 24;
    private const double StripHeight = 18;
    private const double PowerOpacity = 0.6;

    /// <summary>Renders the chart as a standalone SVG document.</summary>
    /// <exception cref="ArgumentNullException">The data, its title, a list, an item, a name or an axis title is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The horizon is not positive and finite, a time lies outside
    /// [0, horizon], an interval ends before it starts, a stock's times decrease, or a level is not finite.</exception>
    public static string Render(ReplicationTimelineData data, ChartSize? size = null)
    {
        Validate(data);
        var horizonDays = data.HorizonHours / HoursPerDay;
        var xDomain = NiceTicks.Within(0, horizonDays);
        var levels = data.Stocks.SelectMany(s => s.Levels.Select(l => l.Level)).ToList();
        var yDomain = levels.Count > 0 && levels.Min() < 0 ? DataDomain.Spanning(levels) : DataDomain.WithZero(levels);
        var legend = new Legend(LegendEntries(data));
        var margins = new Margins(8, legend.RightMargin, LinearAxis.BottomMargin, LinearAxis.LeftMargin(yDomain));
        var canvas = new ChartCanvas(size ?? ChartSize.Default, data.Title, Describe(data), null, margins);
        var (svg, plot) = (canvas.Svg, canvas.Plot);
        var x = new LinearScale(xDomain, plot.Left, plot.Right);
        var y = new LinearScale(yDomain, plot.Bottom, plot.Top + StripHeight);

        svg.OpenGroup("power");
        foreach (var on in data.PowerOn.OrderBy(p => p.StartHours).ThenBy(p => p.EndHours))
        {
            var (from, to) = (x.Map(on.StartHours / HoursPerDay), x.Map(on.EndHours / HoursPerDay));
            svg.Rect(from, plot.Top, to - from, plot.Height, "power-on", Paint.Filled(Palette.Yellow, PowerOpacity),
                DataAttribute.Of("start-hours", on.StartHours), DataAttribute.Of("end-hours", on.EndHours));
        }
        svg.CloseGroup();
        LinearAxis.DrawGrid(svg, plot, y, AxisPosition.Left);
        svg.Line(plot.Left, plot.Top + StripHeight, plot.Right, plot.Top + StripHeight, "strip-edge", Paint.Stroked(Palette.Grid));
        svg.OpenGroup("stocks");
        for (var i = 0; i < data.Stocks.Count; i++)
        {
            var stock = data.Stocks[i];
            if (stock.Levels.Count > 0)
            {
                svg.Polyline(Steps(stock.Levels, data.HorizonHours, x, y), "stock", Paint.Stroked(Palette.Series(i), 2),
                    DataAttribute.Of("stock", stock.Name));
            }
        }
        svg.CloseGroup();
        svg.OpenGroup("deliveries");
        foreach (var hours in data.DeliveryHours.Order())
        {
            var px = x.Map(hours / HoursPerDay);
            svg.Line(px, plot.Top + 3, px, plot.Top + StripHeight - 3, "delivery", Paint.Stroked(Palette.Black, 1.5),
                DataAttribute.Of("hours", hours));
        }
        svg.CloseGroup();
        LinearAxis.Draw(svg, plot, x, data.XAxis, AxisPosition.Bottom);
        LinearAxis.Draw(svg, plot, y, data.YAxis, AxisPosition.Left);
        legend.Draw(svg, plot);
        if (data.PowerOn.Count == 0 && data.DeliveryHours.Count == 0 && data.Stocks.All(s => s.Levels.Count == 0))
        {
            canvas.Message("Nothing recorded");
        }
        return canvas.Finish();
    }

    private static List<LegendEntry> LegendEntries(ReplicationTimelineData data)
    {
        var entries = new List<LegendEntry> { new("power on", Palette.Yellow, LegendSwatch.Box, PowerOpacity) };
        entries.AddRange(data.Stocks.Select((s, i) => new LegendEntry(s.Name, Palette.Series(i), LegendSwatch.Line)));
        entries.Add(new LegendEntry("delivery", Palette.Black, LegendSwatch.Tick));
        return entries;
    }

    // The level holds until the next change, and the last one until the horizon.
    private static List<(double X, double Y)> Steps(IReadOnlyList<StockLevel> levels, double horizonHours, LinearScale x, LinearScale y)
    {
        var points = new List<(double X, double Y)>();
        for (var i = 0; i < levels.Count; i++)
        {
            var py = y.Map(levels[i].Level);
            var px = x.Map(levels[i].Hours / HoursPerDay);
            if (i > 0)
            {
                points.Add((px, points[^1].Y));
            }
            points.Add((px, py));
        }
        points.Add((x.Map(horizonHours / HoursPerDay), points[^1].Y));
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
        return $"One replication over {DisplayNumber.Format(data.HorizonHours / HoursPerDay)} days: power on in " +
               $"{data.PowerOn.Count} periods totalling {DisplayNumber.Format(powerHours)} hours, " +
               $"{data.DeliveryHours.Count} deliveries, stocks: " +
               (data.Stocks.Count == 0 ? "none" : string.Join(", ", data.Stocks.Select(s => s.Name))) + ".";
    }
}
