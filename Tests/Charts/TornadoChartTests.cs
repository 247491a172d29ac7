using Shortfall.Analysis.Charts;

namespace Shortfall.Tests.Charts;

public class TornadoChartTests
{
    private static readonly SensitivityEffect[] Effects =
    [
        new("small", 1.9, 2.2),
        new("tie first", 1.5, 2.5),
        new("largest", 1, 5),
        new("tie second", 2.5, 1.5),
    ];

    [Fact]
    public void Parameters_are_sorted_by_swing_largest_on_top_and_ties_keep_their_order()
    {
        var svg = ChartSvg.Parse(TornadoChart.Render(new TornadoData("T", 2, Effects)));
        var rows = svg.WithClass("effect");

        Assert.Equal(["largest", "tie first", "tie second", "small"], rows.Select(r => (string?)r.Attribute("data-parameter")));
        var tops = rows.Select(r => ChartSvg.Number(r.Elements().First(), "y")).ToList();
        Assert.Equal(tops.Order(), tops);
    }

    [Fact]
    public void Bars_run_from_the_baseline_to_the_effect_at_each_end_of_the_range()
    {
        var svg = ChartSvg.Parse(TornadoChart.Render(new TornadoData("T", 2, Effects)));
        var low = svg.WithClass("bar low")[0];
        var high = svg.WithClass("bar high")[0];

        // "largest": low end 1 lies left of the baseline 2, high end 5 right of it.
        Assert.Equal(svg.Map("axis x", 1), ChartSvg.Number(low, "x"), 2 * ChartSvg.RoundingError);
        Assert.Equal(svg.Map("axis x", 2), ChartSvg.Number(low, "x") + ChartSvg.Number(low, "width"), 3 * ChartSvg.RoundingError);
        Assert.Equal(svg.Map("axis x", 2), ChartSvg.Number(high, "x"), 2 * ChartSvg.RoundingError);
        Assert.Equal(svg.Map("axis x", 5), ChartSvg.Number(high, "x") + ChartSvg.Number(high, "width"), 3 * ChartSvg.RoundingError);
    }

    [Fact]
    public void The_baseline_is_a_labelled_vertical_line_at_its_value()
    {
        var svg = ChartSvg.Parse(TornadoChart.Render(new TornadoData("T", 2, Effects)));

        Assert.Equal(svg.Map("axis x", 2), ChartSvg.Number(svg.Single("baseline-line"), "x1"), 3 * ChartSvg.RoundingError);
        Assert.Equal("baseline 2", svg.Single("baseline-label").Value);
    }

    [Fact]
    public void A_non_finite_baseline_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TornadoChart.Render(new TornadoData("T", double.NaN, Effects)));
    }
}
