using Shortfall.Tests.Analysis;
using System.Xml.Linq;
using Shortfall.Analysis.Charts;
using Shortfall.Tests.Integration;

namespace Shortfall.Tests.Charts;

/// <summary>The PNG and the SVG of a chart are two drawings of one plot: the same title and description, the same
/// axis titles, the same series; the PNG at twice the size for slides.</summary>
public class ChartFilesTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void The_png_and_the_svg_of_one_chart_have_the_same_title_axis_titles_and_series()
    {
        var chart = ChartExamples.Typical("ecdf");
        var svg = XDocument.Parse(ChartFiles.Svg(chart, "e")).Root!;
        var png = ChartFiles.Png(chart);
        var text = PngText.Read(png);
        var image = PngImage.Decode(png);

        Assert.Equal(svg.Element(Svg + "title")!.Value, text["Title"]);
        Assert.Equal(svg.Element(Svg + "desc")!.Value, text["Description"]);
        Assert.Equal((chart.Width * ChartFiles.PngScale, chart.Height * ChartFiles.PngScale), (image.Width, image.Height));
        var drawn = svg.Descendants(Svg + "text").Select(t => t.Value.Trim()).ToHashSet();
        Assert.Contains("Deliveries per destination-month (count)", drawn);
        Assert.Contains("Share of observations at or below (fraction)", drawn);
        // The PNG's axis titles, as it records them, are the ones the SVG draws.
        Assert.Equal("Deliveries per destination-month (count)", text["X axis"]);
        Assert.Equal("Share of observations at or below (fraction)", text["Y axis"]);
        // Two variants: the SVG strokes exactly the first two series colours among the palette's six bright ones, and the PNG paints both.
        var palette = Enumerable.Range(0, 6).Select(i => ChartStyle.Series(i).Color).ToArray();
        var stroked = palette.Where(c => svg.Descendants().Any(e => string.Equals((string?)e.Attribute("stroke"), c.ToHex()[..7],
            StringComparison.OrdinalIgnoreCase))).ToArray();
        var painted = palette.Where(c => image.Count(0, image.Width, p => p == (c.R, c.G, c.B)) > 50).ToArray();
        Assert.Equal(palette[..2], stroked);
        Assert.Equal(stroked, painted);
    }

    [Fact]
    public void The_png_holds_the_very_pixels_of_scottplots_own_png_export()
    {
        // The PNG is encoded with a faster filter than Skia's default, which changes its bytes but must not change a pixel.
        var chart = ChartExamples.Typical("histogram");
        var ours = PngImage.Decode(ChartFiles.Png(chart));
        var (width, height) = (chart.Width * ChartFiles.PngScale, chart.Height * ChartFiles.PngScale);
        chart.Plot.ScaleFactor = ChartFiles.PngScale;
        var theirs = PngImage.Decode(chart.Plot.GetImageBytes(width, height, ScottPlot.ImageFormat.Png));
        chart.Plot.ScaleFactor = 1;

        Assert.Equal((width, height), (ours.Width, ours.Height));
        Assert.Equal((theirs.Width, theirs.Height), (ours.Width, ours.Height));
        var differing = 0;
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                differing += ours.Pixel(x, y) == theirs.Pixel(x, y) ? 0 : 1;
            }
        }
        Assert.Equal(0, differing);
        Assert.True(ours.CountNonWhite() > 1000, "the chart draws something");
    }

    [Theory]
    [InlineData("histogram")]
    [InlineData("ecdf")]
    [InlineData("box")]
    [InlineData("interval")]
    [InlineData("blocked")]
    [InlineData("timeline")]
    [InlineData("tornado")]
    [InlineData("convergence")]
    [InlineData("monthly")]
    public void The_svg_is_scottplots_own_svg_export_drawn_once(string kind)
    {
        // ScottPlot's export settles the layout on a bitmap it throws away; ours settles it on a canvas that draws nothing. The
        // documents must be the same, ids aside (Skia numbers them from a counter shared by the process), and hold one drawing.
        var chart = ChartExamples.Typical(kind);
        chart.Plot.ScaleFactor = 1;
        var ours = ChartFiles.NumberIds(ChartFiles.SvgXml(chart.Plot, chart.Width, chart.Height), "c");
        var theirs = ChartFiles.NumberIds(chart.Plot.GetSvgXml(chart.Width, chart.Height), "c");

        Assert.Equal(theirs, ours);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(ours, "<rect fill=\"white\" width="));
    }

    [Fact]
    public void Write_saves_the_svg_and_the_png_or_only_the_svg()
    {
        using var directory = new TemporaryDirectory();
        var chart = ChartExamples.Typical("histogram");

        var both = ChartFiles.Write(directory.Path, "h", chart, png: true);
        var svgOnly = ChartFiles.Write(directory.Path, "s", chart, png: false);

        Assert.Equal(["h.svg", "h.png"], both.Select(Path.GetFileName));
        Assert.Equal(["s.svg"], svgOnly.Select(Path.GetFileName));
        Assert.Equal(ChartFiles.Png(chart), File.ReadAllBytes(both[1]));
    }

    [Fact]
    public void Ten_variants_get_ten_different_looks_the_first_eight_in_eight_colours_starting_with_blue()
    {
        var looks = Enumerable.Range(0, 10).Select(ChartStyle.Series).ToArray();

        Assert.Equal(10, looks.Distinct().Count());
        Assert.Equal(8, looks.Take(8).Select(l => l.Color).Distinct().Count());
        Assert.Equal("#0072B2", looks[0].Color.ToHex()[..7], ignoreCase: true);
    }
}
