using Shortfall.Analysis.Statistics;

namespace Shortfall.Tests.Statistics;

public class WilsonIntervalTests
{
    private const double Z = 1.959963984540054; // Φ⁻¹(0.975)

    [Theory]
    // Newcombe (1998), Statistics in Medicine 17:857–872: the worked examples, method 3 (score interval without continuity correction).
    [InlineData(81, 263, 0.2553, 0.3662)]
    [InlineData(15, 148, 0.0624, 0.1605)]
    [InlineData(0, 20, 0.0000, 0.1611)]
    [InlineData(1, 29, 0.0061, 0.1718)]
    public void It_matches_the_intervals_published_by_Newcombe(long successes, long trials, double low, double high)
    {
        var interval = WilsonInterval.Create(successes, trials);
        Assert.Equal(low, interval.CiLow, 5e-5);
        Assert.Equal(high, interval.CiHigh, 5e-5);
    }

    [Fact]
    public void No_successes_give_a_lower_bound_of_exactly_zero_and_an_upper_bound_of_z_squared_over_n_plus_z_squared()
    {
        var interval = WilsonInterval.Create(0, 10);
        Assert.Equal(0.0, interval.CiLow);
        Assert.Equal(Z * Z / (10 + Z * Z), interval.CiHigh, 1e-14);
        Assert.Equal(0.0, interval.Estimate);
    }

    [Fact]
    public void All_successes_give_an_upper_bound_of_exactly_one_and_a_lower_bound_of_n_over_n_plus_z_squared()
    {
        var interval = WilsonInterval.Create(10, 10);
        Assert.Equal(1.0, interval.CiHigh);
        Assert.Equal(10 / (10 + Z * Z), interval.CiLow, 1e-14);
        Assert.Equal(1.0, interval.Estimate);
    }

    [Fact]
    public void Half_successes_give_an_interval_symmetric_about_one_half()
    {
        // With x = n/2 the score roots are 1/2 ± z·√(z² + n) / (2(n + z²)).
        var interval = WilsonInterval.Create(5, 10);
        var halfWidth = Z * Math.Sqrt(Z * Z + 10) / (2 * (10 + Z * Z));
        Assert.Equal(0.5 - halfWidth, interval.CiLow, 1e-14);
        Assert.Equal(0.5 + halfWidth, interval.CiHigh, 1e-14);
        Assert.Equal(halfWidth, interval.HalfWidth, 1e-14);
    }

    [Fact]
    public void Every_interval_lies_in_the_unit_interval_and_contains_the_estimate()
    {
        for (var n = 1; n <= 60; n++)
        {
            for (var x = 0; x <= n; x++)
            {
                var interval = WilsonInterval.Create(x, n, 0.99);
                Assert.InRange(interval.CiLow, 0.0, interval.Estimate);
                Assert.InRange(interval.CiHigh, interval.Estimate, 1.0);
            }
        }
    }

    [Fact]
    public void A_higher_level_gives_a_wider_interval()
    {
        Assert.True(WilsonInterval.Create(7, 40, 0.99).HalfWidth > WilsonInterval.Create(7, 40, 0.95).HalfWidth);
    }

    [Theory]
    [InlineData(0, 0, 0.95)]
    [InlineData(-1, 10, 0.95)]
    [InlineData(11, 10, 0.95)]
    [InlineData(5, 10, 1.0)]
    [InlineData(5, 10, 0.0)]
    [InlineData(5, 10, double.NaN)]
    public void Impossible_counts_and_levels_are_rejected(long successes, long trials, double level)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WilsonInterval.Create(successes, trials, level));
    }
}
