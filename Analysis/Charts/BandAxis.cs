namespace Shortfall.Analysis.Charts;

/// <summary>A category axis: one label per band and the axis title, laid out once so the margin it asks for
/// and what it draws agree. Left labels get at most 35% of the chart's width; bottom labels at most 28
/// characters, rotated 35° when the widest does not fit its slot, and then at most 35% of the chart's height.
/// Labels that do not fit are shortened with an ellipsis. The group is <c>class="axis x band"</c> or
/// <c>class="axis y band"</c>.</summary>
public sealed class BandAxis
{
    private const double RotationDegrees = 35;
    private const int MaxBottomChars = 28;
    private const double MaxLeftShare = 0.35;
    private const double MaxBottomShare = 0.35;

    private static readonly double Sin = Math.Sin(RotationDegrees * Math.PI / 180);
    private static readonly double Cos = Math.Cos(RotationDegrees * Math.PI / 180);

    // Everything in a rotated bottom margin except the labels' own depth.
    private static readonly double BottomFixed =
        AxisMetrics.TickLength + AxisMetrics.Gap + FontSizes.Label * Cos + AxisMetrics.Gap + 2 + FontSizes.AxisTitle + AxisMetrics.Edge;

    private readonly IReadOnlyList<string> _labels;
    private readonly AxisTitle _title;
    private readonly AxisPosition _position;
    private readonly bool _rotated;
    private readonly double _labelWidth;

    /// <summary>Lays out the axis for <paramref name="scale"/> in a chart of <paramref name="size"/>.</summary>
    public BandAxis(BandScale scale, AxisTitle title, AxisPosition position, ChartSize size)
    {
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(size);
        Scale = scale;
        _title = title;
        _position = position;
        if (position == AxisPosition.Left)
        {
            _labels = Fitted(scale.Categories, MaxLeftShare * size.Width, int.MaxValue);
            _labelWidth = TextMetrics.MaxWidth(_labels, FontSizes.Label);
            Margin = AxisMetrics.LeftMargin(_labelWidth);
        }
        else
        {
            _rotated = NeedsRotation(scale);
            _labels = Fitted(scale.Categories, _rotated ? BottomLabelRoom(size) : double.PositiveInfinity, MaxBottomChars);
            _labelWidth = TextMetrics.MaxWidth(_labels, FontSizes.Label);
            Margin = _rotated ? BottomFixed + _labelWidth * Sin : AxisMetrics.BottomMargin;
        }
    }

    /// <summary>The band scale the axis labels.</summary>
    public BandScale Scale { get; }

    /// <summary>The margin the axis needs: left of the plot for a left axis, below it for a bottom axis.</summary>
    public double Margin { get; }

    /// <summary>The left margin a vertical category axis with these labels needs, before its scale exists
    /// (a left band scale runs along the plot, which the margin helps place).</summary>
    public static double LeftMargin(IReadOnlyList<string> categories, ChartSize size) =>
        AxisMetrics.LeftMargin(TextMetrics.MaxWidth(Fitted(categories, MaxLeftShare * size.Width, int.MaxValue), FontSizes.Label));

    /// <summary>A band scale for a bottom axis from at least <paramref name="minimumLeft"/> to
    /// <paramref name="right"/>, starting further right if a rotated label would otherwise run off the chart's
    /// left edge, but never giving up more than half the width to that.</summary>
    public static BandScale Horizontal(IReadOnlyList<string> categories, double minimumLeft, double right, double padding, ChartSize size)
    {
        ArgumentNullException.ThrowIfNull(size);
        var scale = new BandScale(categories, minimumLeft, right, padding);
        if (categories.Count == 0 || !NeedsRotation(scale))
        {
            return scale;
        }
        // Label i ends at its band's centre, left + (i + ½)(right − left)/n, and reaches left by its width
        // times cos(angle); solve for the smallest start that keeps every label on the chart.
        var labels = Fitted(categories, BottomLabelRoom(size), MaxBottomChars);
        var n = labels.Count;
        var left = minimumLeft;
        for (var i = 0; i < n; i++)
        {
            var reach = TextMetrics.Width(labels[i], FontSizes.Label) * Cos + AxisMetrics.Edge;
            var share = (i + 0.5) / n;
            left = Math.Max(left, (reach - share * right) / (1 - share));
        }
        return new BandScale(categories, Math.Min(left, (minimumLeft + right) / 2), right, padding);
    }

    /// <summary>Draws the axis along the given side of <paramref name="plot"/>.</summary>
    public void Draw(SvgWriter svg, PlotArea plot)
    {
        var ink = Paint.Stroked(Palette.Ink);
        var left = _position == AxisPosition.Left;
        svg.OpenGroup(left ? "axis y band" : "axis x band");
        if (left)
        {
            svg.Line(plot.Left, plot.Top, plot.Left, plot.Bottom, "domain", ink);
        }
        else
        {
            svg.Line(plot.Left, plot.Bottom, plot.Right, plot.Bottom, "domain", ink);
        }
        var label = left
            ? new TextStyle(FontSizes.Label, TextAnchor.End, CentreVertically: true)
            : _rotated
                ? new TextStyle(FontSizes.Label, TextAnchor.End, Rotation: -RotationDegrees)
                : new TextStyle(FontSizes.Label, TextAnchor.Middle);
        var labelOffset = _rotated ? AxisMetrics.TickLength + AxisMetrics.Gap + FontSizes.Label * 0.5 : AxisMetrics.BottomLabelBaseline;
        for (var i = 0; i < _labels.Count; i++)
        {
            var at = Scale.Centre(i);
            if (left)
            {
                svg.Line(plot.Left - AxisMetrics.TickLength, at, plot.Left, at, "tick", ink);
                svg.Text(plot.Left - AxisMetrics.TickLength - AxisMetrics.Gap, at, _labels[i], "tick-label", label);
            }
            else
            {
                svg.Line(at, plot.Bottom, at, plot.Bottom + AxisMetrics.TickLength, "tick", ink);
                svg.Text(at, plot.Bottom + labelOffset, _labels[i], "tick-label", label);
            }
        }
        if (left)
        {
            AxisTitleText.Draw(svg, AxisMetrics.LeftTitleBaseline(plot, _labelWidth), plot.CentreY, _title, plot.Height, rotated: true);
        }
        else
        {
            AxisTitleText.Draw(svg, plot.CentreX, plot.Bottom + Margin - AxisMetrics.Edge, _title, plot.Width, rotated: false);
        }
        svg.CloseGroup();
    }

    private static bool NeedsRotation(BandScale scale) =>
        TextMetrics.MaxWidth(scale.Categories.Select(c => TextMetrics.Shorten(c, MaxBottomChars)), FontSizes.Label) > scale.Slot - AxisMetrics.Gap;

    private static double BottomLabelRoom(ChartSize size) => Math.Max(0, MaxBottomShare * size.Height - BottomFixed) / Sin;

    private static IReadOnlyList<string> Fitted(IReadOnlyList<string> categories, double maxWidth, int maxChars) =>
        categories.Select(c => TextMetrics.Fit(maxChars < c.Length ? TextMetrics.Shorten(c, maxChars) : c, maxWidth, FontSizes.Label)).ToList();
}
