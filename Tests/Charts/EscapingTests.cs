namespace Shortfall.Tests.Charts;

public class EscapingTests
{
    private const string Awkward = "a<b&c \"d\" 'e'";

    [Theory]
    [MemberData(nameof(ChartExamples.Names), MemberType = typeof(ChartExamples))]
    public void A_title_with_markup_characters_stays_well_formed_and_reads_back_unchanged(string chart)
    {
        var svg = ChartSvg.Parse(ChartExamples.Typical(chart, Awkward));

        Assert.Equal(Awkward, svg.Single("chart-title").Value);
        Assert.Equal(Awkward, svg.Root.Element(ChartSvg.Svg + "title")!.Value);
    }

    [Theory]
    [InlineData("ecdf", "legend-label")]
    [InlineData("box", "tick-label")]
    [InlineData("interval", "tick-label")]
    [InlineData("blocked", "tick-label")]
    [InlineData("timeline", "legend-label")]
    [InlineData("tornado", "tick-label")]
    public void A_variant_name_with_markup_characters_reads_back_unchanged_from_its_label(string chart, string labelClass)
    {
        var svg = ChartSvg.Parse(ChartExamples.Typical(chart, Awkward));

        Assert.Contains(svg.WithClass(labelClass), label => label.Value == Awkward);
    }

    [Fact]
    public void Characters_that_xml_forbids_are_replaced_rather_than_breaking_the_document()
    {
        var svg = ChartSvg.Parse(ChartExamples.Typical("ecdf", "bell\u0007 and lone \uD800 surrogate"));

        Assert.Equal("bell\uFFFD and lone \uFFFD surrogate", svg.Single("chart-title").Value);
    }
}
