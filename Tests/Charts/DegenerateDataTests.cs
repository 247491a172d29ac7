using Shortfall.Analysis.Charts;

namespace Shortfall.Tests.Charts;

/// <summary>Empty, equal, single and zero data still give a drawable chart: no NaN or infinite coordinate reaches the SVG.</summary>
public class DegenerateDataTests
{
    [Theory]
    [MemberData(nameof(ChartExamples.Names), MemberType = typeof(ChartExamples))]
    public void Empty_all_equal_single_and_zero_data_give_finite_coordinates(string chart)
    {
        foreach (var plotted in new[] { ChartExamples.Empty(chart), ChartExamples.AllEqual(chart), ChartExamples.Single(chart), ChartExamples.Zero(chart) })
        {
            AssertFinite(ChartFiles.Svg(plotted, "c"));
        }
    }

    [Theory]
    [InlineData("ecdf")]
    [InlineData("box")]
    [InlineData("timeline")]
    public void Variants_without_values_give_finite_coordinates(string chart)
    {
        AssertFinite(ChartFiles.Svg(ChartExamples.EmptyVariants(chart), "c"));
    }

    private static void AssertFinite(string svg)
    {
        Assert.DoesNotContain("NaN", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("∞", svg, StringComparison.Ordinal);
    }
}
