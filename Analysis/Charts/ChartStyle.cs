using System.Globalization;
using ScottPlot;
using Shortfall.Analysis.Statistics;
using ScottPlot.TickGenerators;

namespace Shortfall.Analysis.Charts;

/// <summary>
/// The look every chart shares, for every chart module to start from: <see cref="NewPlot"/> gives a plot with
/// the bundled font (<see cref="ChartFont"/>), the title, axis titles with units, light gridlines and tick
/// labels with thousands separators; <see cref="Series"/> gives the colour, line pattern and marker of series
/// <c>i</c>; <see cref="ReferenceLine"/> draws a labelled target; <see cref="Legend"/> places the legend
/// outside the data. Save the result with <see cref="ChartFiles"/>.
/// </summary>
public static class ChartStyle
{
    /// <summary>Default width in CSS pixels: a report column.</summary>
    public const int Width = 720;

    /// <summary>Default height in CSS pixels.</summary>
    public const int Height = 420;

    /// <summary>The text and axis colour.</summary>
    public static Color Ink { get; } = Color.FromHex("#222222");

    /// <summary>The colour of reference lines such as a target, apart from every series colour.</summary>
    public static Color Reference { get; } = Color.FromHex("#555555");

    // The Okabe–Ito colours (Okabe and Ito, "Color Universal Design", 2008), told apart under the common
    // forms of colour blindness; yellow last, as the hardest to see on white. Past eight series the colours
    // repeat with dashed lines and other markers, so ten variants stay distinguishable.
    private static readonly Color[] Colors =
    [
        Color.FromHex("#0072B2"), Color.FromHex("#E69F00"), Color.FromHex("#009E73"), Color.FromHex("#D55E00"),
        Color.FromHex("#CC79A7"), Color.FromHex("#56B4E9"), Color.FromHex("#000000"), Color.FromHex("#F0E442"),
    ];

    private static readonly MarkerShape[] Markers =
    [
        MarkerShape.FilledCircle, MarkerShape.FilledSquare, MarkerShape.FilledTriangleUp, MarkerShape.FilledDiamond,
        MarkerShape.FilledTriangleDown, MarkerShape.OpenCircle, MarkerShape.OpenSquare, MarkerShape.OpenTriangleUp,
        MarkerShape.OpenDiamond, MarkerShape.OpenTriangleDown,
    ];

    static ChartStyle()
    {
        Fonts.FontResolvers.Insert(0, new ChartFont());
        Fonts.Default = ChartFont.Family;
        Fonts.Sans = ChartFont.Family;
    }

    /// <summary>The number of series told apart by colour alone.</summary>
    public static int ColorCount => Colors.Length;

    /// <summary>How series <paramref name="index"/> is drawn; distinct for the first ten.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    public static SeriesLook Series(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var pattern = index / Colors.Length % 2 == 0 ? LinePattern.Solid : LinePattern.Dashed;
        return new SeriesLook(Colors[index % Colors.Length], pattern, Markers[index % Markers.Length]);
    }

    /// <summary>A plot with the house look, its title and both axis titles set.</summary>
    /// <param name="title">The title drawn above the plot.</param>
    /// <param name="x">What the horizontal axis measures, with its unit.</param>
    /// <param name="y">What the vertical axis measures, with its unit.</param>
    public static Plot NewPlot(string title, AxisTitle x, AxisTitle y)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var plot = new Plot();
        plot.FigureBackground.Color = ScottPlot.Colors.White;
        plot.DataBackground.Color = ScottPlot.Colors.White;
        plot.Title(title, 16);
        plot.Axes.Title.Label.Bold = false;
        plot.Axes.Title.Label.ForeColor = Ink;
        plot.XLabel(x.Text, 13);
        plot.YLabel(y.Text, 13);
        foreach (var axis in new IAxis[] { plot.Axes.Bottom, plot.Axes.Left })
        {
            axis.Label.Bold = false;
            axis.Label.ForeColor = Ink;
            axis.TickLabelStyle.FontSize = 12;
            axis.TickLabelStyle.ForeColor = Ink;
        }
        plot.Axes.Bottom.TickGenerator = new NumericAutomatic { LabelFormatter = Number };
        plot.Axes.Left.TickGenerator = new NumericAutomatic { LabelFormatter = Number };
        plot.Grid.MajorLineColor = Color.FromHex("#E4E4E4");
        plot.Legend.FontSize = 12;
        return plot;
    }

    /// <summary>The width of a chart with one slot per category: wider with more, so labels stay legible.</summary>
    public static int Wide(int categories) => Math.Clamp(240 + 90 * categories, Width, 1100);

    /// <summary>Calendar dates along the bottom axis (x values are <see cref="DateTime.ToOADate"/>), titled <paramref name="title"/>.</summary>
    public static void Dates(Plot plot, AxisTitle title)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ArgumentNullException.ThrowIfNull(title);
        // ScottPlot replaces the bottom axis with a date axis, which starts untitled and unstyled.
        var axis = plot.Axes.DateTimeTicksBottom();
        axis.LabelText = title.Text;
        axis.LabelFontSize = 13;
        axis.LabelFontColor = Ink;
        axis.LabelStyle.Bold = false;
        axis.TickLabelStyle.FontSize = 12;
        axis.TickLabelStyle.ForeColor = Ink;
        // "1 Apr 2021" reads the same everywhere; ScottPlot's default is the US "04/01/2021".
        axis.TickGenerator = new DateTimeAutomatic { LabelFormatter = d => d.ToString("d MMM yyyy", CultureInfo.InvariantCulture) };
    }

    /// <summary>Category labels along the bottom axis at positions 0, 1, 2…, slanted when they would crowd a
    /// chart <paramref name="width"/> pixels wide, with room kept below for the slanted labels.</summary>
    public static void Categories(Plot plot, IReadOnlyList<string> labels, int width)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ArgumentNullException.ThrowIfNull(labels);
        var bottom = plot.Axes.Bottom;
        bottom.TickGenerator = new NumericManual(labels.Select((_, i) => (double)i).ToArray(), labels.ToArray());
        bottom.MajorTickStyle.Length = 0;
        plot.Grid.XAxisStyle.IsVisible = false;
        using var paint = Paint.NewDisposablePaint();
        var widest = labels.Select(l => bottom.TickLabelStyle.Measure(l, paint).Width).DefaultIfEmpty(0).Max();
        // The plot takes about three quarters of the width; past that share per label, neighbours would touch.
        if (labels.Count > 0 && widest + 12 > width * 0.75 / labels.Count)
        {
            const double angle = 35;
            bottom.TickLabelStyle.Rotation = -(float)angle;
            bottom.TickLabelStyle.Alignment = Alignment.UpperRight;
            if (bottom is ScottPlot.AxisPanels.AxisBase panel)
            {
                panel.MinimumSize = (float)(widest * Math.Sin(angle * Math.PI / 180) + 50);
            }
        }
        plot.Axes.SetLimitsX(-0.6, labels.Count - 0.4);
    }

    /// <summary>A dashed line across the plot at <paramref name="value"/>, named in the legend, e.g. "target 21".</summary>
    /// <param name="plot">The plot.</param>
    /// <param name="value">Where, in data units.</param>
    /// <param name="vertical">True for a line at an x value, false for a y value.</param>
    /// <param name="label">The legend text.</param>
    public static void ReferenceLine(Plot plot, double value, bool vertical, string label)
    {
        ArgumentNullException.ThrowIfNull(plot);
        var line = vertical
            ? (ScottPlot.Plottables.AxisLine)plot.Add.VerticalLine(value, 2, Reference, LinePattern.Dashed)
            : plot.Add.HorizontalLine(value, 2, Reference, LinePattern.Dashed);
        line.LegendText = label;
    }

    /// <summary>The legend to the right of the data, where it hides nothing.</summary>
    public static void Legend(Plot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        plot.ShowLegend(Edge.Right);
    }

    /// <summary>Confidence-interval whiskers from <paramref name="lows"/> to <paramref name="highs"/> at <paramref name="xs"/>,
    /// in <paramref name="color"/>.</summary>
    public static void Whiskers(Plot plot, IReadOnlyList<double> xs, IReadOnlyList<double> means, IReadOnlyList<double> lows,
        IReadOnlyList<double> highs, Color color)
    {
        ArgumentNullException.ThrowIfNull(plot);
        var above = highs.Select((h, i) => h - means[i]).ToArray();
        var below = lows.Select((l, i) => means[i] - l).ToArray();
        var bars = new ScottPlot.Plottables.ErrorBar(xs, means, null, null, above, below) { LineColor = color, LineWidth = 1.5f, CapSize = 6 };
        plot.Add.Plottable(bars);
    }

    /// <summary>A mean and its interval in a caption, "2.13 (2.11 to 2.15)", with the decimals the interval's width supports (<see cref="IntervalDigits"/>,
    /// the rule the report's tables follow).</summary>
    public static string Interval(double mean, double low, double high)
    {
        var decimals = IntervalDigits.Decimals(mean, (high - low) / 2);
        return $"{IntervalDigits.Fixed(mean, decimals)} ({IntervalDigits.Fixed(low, decimals)} to {IntervalDigits.Fixed(high, decimals)})";
    }

    /// <summary>A tick or data label: invariant culture, thousands separated, whole numbers from 100 up, else at most two decimals; never "-0".</summary>
    public static string Number(double value)
    {
        var rounded = Math.Abs(value) >= 100 ? Math.Round(value) : Math.Round(value, 2);
        return (rounded + 0.0).ToString("#,0.##", CultureInfo.InvariantCulture);
    }
}
