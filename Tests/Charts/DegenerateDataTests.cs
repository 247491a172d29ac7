namespace Shortfall.Tests.Charts;

public class DegenerateDataTests
{
    [Theory]
    [MemberData(nameof(ChartExamples.Names), MemberType = typeof(ChartExamples))]
    public void Empty_data_gives_a_valid_chart_with_a_visible_message(string chart)
    {
        var svg = ChartSvg.Parse(ChartExamples.Empty(chart));

        Assert.False(string.IsNullOrWhiteSpace(svg.Single("message").Value));
        AssertFinite(svg);
    }

    [Theory]
    [InlineData("ecdf")]
    [InlineData("box")]
    [InlineData("timeline")]
    public void Variants_without_values_give_a_valid_chart_with_a_visible_message(string chart)
    {
        var svg = ChartSvg.Parse(ChartExamples.EmptyVariants(chart));

        Assert.False(string.IsNullOrWhiteSpace(svg.Single("message").Value));
        AssertFinite(svg);
    }

    [Theory]
    [MemberData(nameof(ChartExamples.Names), MemberType = typeof(ChartExamples))]
    public void All_values_equal_give_a_valid_chart_with_finite_coordinates(string chart)
    {
        AssertFinite(ChartSvg.Parse(ChartExamples.AllEqual(chart)));
    }

    [Theory]
    [MemberData(nameof(ChartExamples.Names), MemberType = typeof(ChartExamples))]
    public void A_single_variant_with_a_single_value_gives_a_valid_chart_with_finite_coordinates(string chart)
    {
        AssertFinite(ChartSvg.Parse(ChartExamples.Single(chart)));
    }

    [Theory]
    [MemberData(nameof(ChartExamples.Names), MemberType = typeof(ChartExamples))]
    public void Zero_counts_give_a_valid_chart_with_finite_coordinates(string chart)
    {
        AssertFinite(ChartSvg.Parse(ChartExamples.Zero(chart)));
    }

    [Fact]
    public void Stacked_bars_that_are_all_zero_say_there_are_no_blocked_hours()
    {
        Assert.Equal("No blocked hours", ChartSvg.Parse(ChartExamples.Zero("blocked")).Single("message").Value);
    }

    private static void AssertFinite(ChartSvg svg)
    {
        Assert.DoesNotContain("NaN", svg.Text);
        Assert.DoesNotContain("Infinity", svg.Text);
        Assert.DoesNotContain("∞", svg.Text);
        // Axis domains must be proper intervals, or every mapping through them divides by zero.
        foreach (var axis in svg.WithClass("axis").Where(a => a.Attribute("data-domain-min") is not null))
        {
            Assert.True(ChartSvg.Number(axis, "data-domain-min") < ChartSvg.Number(axis, "data-domain-max"));
        }
    }
}
