using Shortfall.Analysis.Charts;

namespace Shortfall.Tests.Charts;

public class BandScaleTests
{
    [Fact]
    public void Bands_split_the_range_into_equal_slots_with_padding_shared_on_both_sides()
    {
        var scale = new BandScale(["a", "b", "c", "d"], 100, 500, 0.2);

        Assert.Equal(100, scale.Slot);
        Assert.Equal(80, scale.Bandwidth);
        Assert.Equal(110, scale.Start(0));
        Assert.Equal(410, scale.Start(3));
        Assert.Equal(250, scale.Centre(1));
    }

    [Fact]
    public void No_categories_give_no_bands()
    {
        var scale = new BandScale([], 0, 100);

        Assert.Equal(0, scale.Bandwidth);
        Assert.Throws<ArgumentOutOfRangeException>(() => scale.Start(0));
    }

    [Theory]
    [InlineData(100, 100, 0.2)]
    [InlineData(200, 100, 0.2)]
    [InlineData(0, 100, 1.0)]
    [InlineData(0, 100, -0.1)]
    public void Empty_or_reversed_ranges_and_padding_outside_zero_to_one_are_rejected(double start, double end, double padding)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BandScale(["a"], start, end, padding));
    }

    [Fact]
    public void A_horizontal_axis_moves_its_bands_right_so_long_rotated_labels_stay_on_the_chart()
    {
        string[] categories = ["A very long destination name indeed", "B"];
        var scale = BandAxis.Horizontal(categories, 10, 200, 0.3, ChartSize.Default);
        var firstLabelReach = TextMetrics.Width(TextMetrics.Shorten(categories[0], 28), FontSizes.Label) * Math.Cos(35 * Math.PI / 180);

        Assert.True(scale.Centre(0) >= firstLabelReach, $"centre {scale.Centre(0)} < reach {firstLabelReach}");
        Assert.Equal(200, scale.RangeStart + scale.Slot * categories.Length, 9);
    }
}
