using System.Xml.Linq;
using Shortfall.Analysis.Charts;

namespace Shortfall.Tests.Charts;

/// <summary>What every chart's SVG shares, over all nine kinds: well-formed, titled for screen readers, its title
/// and axis titles drawn in the bundled font, units on numeric axes, ids that cannot clash in one page, and the
/// same bytes from the same data.</summary>
public class ChartDocumentTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Theory]
    [MemberData(nameof(ChartExamples.Names), MemberType = typeof(ChartExamples))]
    public void Every_chart_is_well_formed_svg_with_an_accessible_title_and_description(string chart)
    {
        var plotted = ChartExamples.Typical(chart, "Title & <more>");
        var svg = XDocument.Parse(ChartFiles.Svg(plotted, "c")).Root!;

        Assert.Equal(Svg + "svg", svg.Name);
        Assert.Equal(ChartFiles.SvgClass, (string?)svg.Attribute("class"));
        Assert.Equal("Title & <more>", svg.Element(Svg + "title")!.Value);
        Assert.Equal(plotted.Description, svg.Element(Svg + "desc")!.Value);
        Assert.Equal("c-title c-desc", (string?)svg.Attribute("aria-labelledby"));
    }

    [Theory]
    [MemberData(nameof(ChartExamples.Names), MemberType = typeof(ChartExamples))]
    public void Every_chart_draws_its_title_and_both_axis_titles_in_the_bundled_font(string chart)
    {
        var plotted = ChartExamples.Typical(chart);
        var texts = Texts(ChartFiles.Svg(plotted, "c"));

        Assert.Contains(plotted.Title, texts.Keys);
        Assert.Contains(plotted.Plot.Axes.Bottom.Label.Text, texts.Keys);
        Assert.Contains(plotted.Plot.Axes.Left.Label.Text, texts.Keys);
        Assert.All(texts.Values, family => Assert.StartsWith(ChartFont.Family + ",", family));
    }

    [Theory]
    [MemberData(nameof(ChartExamples.Names), MemberType = typeof(ChartExamples))]
    public void Every_numeric_axis_title_names_its_unit_in_parentheses(string chart)
    {
        var axes = ChartExamples.Typical(chart).Plot.Axes;
        // The category axes (variants, destinations, months, parameters) and the date axis carry no unit; every other one does.
        var numeric = new[] { axes.Bottom.Label.Text, axes.Left.Label.Text }
            .Where(t => t is not ("Variant" or "Destination" or "Calendar month" or "Parameter" or "Date"));
        Assert.All(numeric, title => Assert.Matches(@"\(.+\)$", title));
    }

    [Theory]
    [MemberData(nameof(ChartExamples.Names), MemberType = typeof(ChartExamples))]
    public void The_same_data_gives_byte_identical_svg_and_png(string chart)
    {
        Assert.Equal(ChartFiles.Svg(ChartExamples.Typical(chart), "c"), ChartFiles.Svg(ChartExamples.Typical(chart), "c"));
        Assert.Equal(ChartFiles.Png(ChartExamples.Typical(chart)), ChartFiles.Png(ChartExamples.Typical(chart)));
    }

    [Fact]
    public void Every_id_and_every_reference_to_one_starts_with_the_prefix_so_two_charts_can_share_a_page()
    {
        var svg = ChartFiles.Svg(ChartExamples.Typical("histogram"), "hist");
        var ids = XDocument.Parse(svg).Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToArray();

        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.StartsWith("hist-", id));
        Assert.DoesNotMatch(@"url\(#(?!hist-)", svg);
    }

    // Every drawn text (its content trimmed) with its font family.
    private static Dictionary<string, string> Texts(string svg) =>
        XDocument.Parse(svg).Descendants(Svg + "text")
            .GroupBy(t => t.Value.Trim())
            .ToDictionary(g => g.Key, g => (string?)g.First().Attribute("font-family") ?? "");
}
