namespace Shortfall.Analysis.Charts;

/// <summary>Draws a numeric axis (line, ticks at <see cref="AxisDomain.Ticks"/>, labels, title) and its
/// gridlines. The axis group is <c>class="axis x"</c> or <c>class="axis y"</c> and carries the domain as
/// <c>data-domain-min</c>/<c>data-domain-max</c>.</summary>
public static class LinearAxis
{
    /// <summary>The left margin a vertical axis over <paramref name="domain"/> needs.</summary>
    public static double LeftMargin(AxisDomain domain) => AxisMetrics.LeftMargin(LabelWidth(domain));

    /// <summary>The bottom margin a horizontal axis needs.</summary>
    public static double BottomMargin => AxisMetrics.BottomMargin;

    /// <summary>Draws the axis for <paramref name="scale"/> on the given side of <paramref name="plot"/>.</summary>
    public static void Draw(SvgWriter svg, PlotArea plot, LinearScale scale, AxisTitle title, AxisPosition position)
    {
        var domain = scale.Domain;
        var label = new TextStyle(FontSizes.Label, position == AxisPosition.Bottom ? TextAnchor.Middle : TextAnchor.End,
            CentreVertically: position == AxisPosition.Left);
        var ink = Paint.Stroked(Palette.Ink);
        svg.OpenGroup(position == AxisPosition.Bottom ? "axis x" : "axis y",
            DataAttribute.Of("domain-min", domain.Min), DataAttribute.Of("domain-max", domain.Max));
        if (position == AxisPosition.Bottom)
        {
            svg.Line(plot.Left, plot.Bottom, plot.Right, plot.Bottom, "domain", ink);
            foreach (var tick in domain.Ticks)
            {
                var x = scale.Map(tick);
                svg.Line(x, plot.Bottom, x, plot.Bottom + AxisMetrics.TickLength, "tick", ink, DataAttribute.Of("value", tick));
                svg.Text(x, plot.Bottom + AxisMetrics.BottomLabelBaseline, domain.Label(tick), "tick-label", label);
            }
            AxisTitleText.Draw(svg, plot.CentreX, plot.Bottom + AxisMetrics.BottomTitleBaseline, title, plot.Width, rotated: false);
        }
        else
        {
            svg.Line(plot.Left, plot.Top, plot.Left, plot.Bottom, "domain", ink);
            foreach (var tick in domain.Ticks)
            {
                var y = scale.Map(tick);
                svg.Line(plot.Left - AxisMetrics.TickLength, y, plot.Left, y, "tick", ink, DataAttribute.Of("value", tick));
                svg.Text(plot.Left - AxisMetrics.TickLength - AxisMetrics.Gap, y, domain.Label(tick), "tick-label", label);
            }
            AxisTitleText.Draw(svg, AxisMetrics.LeftTitleBaseline(plot, LabelWidth(domain)), plot.CentreY, title, plot.Height, rotated: true);
        }
        svg.CloseGroup();
    }

    /// <summary>Draws light gridlines across the plot at every tick of <paramref name="scale"/>; they run
    /// vertically for a <see cref="AxisPosition.Bottom"/> scale and horizontally for a <see cref="AxisPosition.Left"/> one.</summary>
    public static void DrawGrid(SvgWriter svg, PlotArea plot, LinearScale scale, AxisPosition position)
    {
        var paint = Paint.Stroked(Palette.Grid);
        svg.OpenGroup("grid");
        foreach (var tick in scale.Domain.Ticks)
        {
            var p = scale.Map(tick);
            if (position == AxisPosition.Bottom)
            {
                svg.Line(p, plot.Top, p, plot.Bottom, "gridline", paint);
            }
            else
            {
                svg.Line(plot.Left, p, plot.Right, p, "gridline", paint);
            }
        }
        svg.CloseGroup();
    }

    private static double LabelWidth(AxisDomain domain) =>
        TextMetrics.MaxWidth(domain.Ticks.Select(domain.Label), FontSizes.Label);
}
