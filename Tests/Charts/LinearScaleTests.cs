using Shortfall.Analysis.Charts;

namespace Shortfall.Tests.Charts;

public class LinearScaleTests
{
    private static readonly AxisDomain ZeroToTen = NiceTicks.Covering(0, 10);

    [Fact]
    public void The_domain_ends_map_to_the_range_ends_and_values_between_proportionally()
    {
        var scale = new LinearScale(ZeroToTen, 100, 300);

        Assert.Equal(100, scale.Map(0));
        Assert.Equal(300, scale.Map(10));
        Assert.Equal(150, scale.Map(2.5));
        Assert.Equal(320, scale.Map(11));
    }

    [Fact]
    public void A_vertical_scale_from_bottom_to_top_maps_larger_values_higher_up()
    {
        var scale = new LinearScale(ZeroToTen, 400, 100);

        Assert.Equal(400, scale.Map(0));
        Assert.Equal(130, scale.Map(9));
    }

    [Fact]
    public void An_empty_pixel_range_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new LinearScale(ZeroToTen, 100, 100));
    }
}
