using Shortfall.Randomness;
using MathNetDist = MathNet.Numerics.Distributions;

namespace Shortfall.Tests.Randomness;

/// <summary>Exact means, variances, CDFs and minima, against closed forms by hand and MathNet's distributions.</summary>
public sealed class ExactValueTests
{
    private const double Precision = 1e-12;

    private static void SameCdf(Distribution distribution, MathNetDist.IContinuousDistribution reference, params double[] points)
    {
        foreach (var x in points)
        {
            Assert.Equal(reference.CumulativeDistribution(x), distribution.Cdf(x), Precision);
        }
        Assert.Equal(reference.Mean, distribution.Mean, Precision * Math.Abs(reference.Mean) + Precision);
        Assert.Equal(reference.Variance, distribution.Variance, Precision * reference.Variance);
    }

    [Fact]
    public void Exponential_matches_the_closed_form()
    {
        var distribution = new Exponential(6);
        Assert.Equal(6, distribution.Mean);
        Assert.Equal(36, distribution.Variance);
        Assert.Equal(0, distribution.Minimum);
        Assert.Equal(0, distribution.Cdf(-1));
        Assert.Equal(1 - Math.Exp(-0.5), distribution.Cdf(3), Precision);
    }

    [Fact]
    public void Normal_matches_MathNet()
    {
        var distribution = new Normal(10, 2);
        SameCdf(distribution, new MathNetDist.Normal(10, 2), -1, 6, 9.5, 10, 13, 30);
        Assert.Equal(0.5, distribution.Cdf(10));
        Assert.Equal(double.NegativeInfinity, distribution.Minimum);
    }

    [Fact]
    public void LogNormal_has_the_requested_mean_and_sd_and_matches_MathNet_with_the_derived_mu_and_sigma()
    {
        var distribution = new LogNormal(2, 1);
        var sigma = Math.Sqrt(Math.Log(1.25));
        var mu = Math.Log(2) - 0.5 * Math.Log(1.25);
        Assert.Equal(mu, distribution.LogMean, Precision);
        Assert.Equal(sigma, distribution.LogStandardDeviation, Precision);
        SameCdf(distribution, new MathNetDist.LogNormal(mu, sigma), 0.1, 1, 2, 3.5, 10);
        Assert.Equal(2, distribution.Mean);
        Assert.Equal(1, distribution.Variance);
        Assert.Equal(0, distribution.Cdf(0));
        Assert.Equal(0, distribution.Minimum);
    }

    [Theory]
    [InlineData(2, 3)]
    [InlineData(0.5, 4)]
    public void Gamma_matches_MathNet(double shape, double scale)
    {
        var distribution = new Gamma(shape, scale);
        SameCdf(distribution, new MathNetDist.Gamma(shape, 1 / scale), 0.01, 1, 5, 6, 20);
        Assert.Equal(0, distribution.Cdf(-2));
        Assert.Equal(0, distribution.Minimum);
    }

    [Theory]
    [InlineData(1.5, 100)]
    [InlineData(0.8, 10)]
    public void Weibull_matches_MathNet(double shape, double scale)
    {
        var distribution = new Weibull(shape, scale);
        SameCdf(distribution, new MathNetDist.Weibull(shape, scale), 0.5, 10, 90, 100, 400);
        Assert.Equal(0, distribution.Cdf(0));
        Assert.Equal(0, distribution.Minimum);
    }

    [Fact]
    public void Weibull_with_shape_one_is_the_exponential()
    {
        var distribution = new Weibull(1, 6);
        Assert.Equal(6, distribution.Mean, Precision);
        Assert.Equal(36, distribution.Variance, 1e-10);
    }

    [Theory]
    [InlineData(1, 2, 4)]
    [InlineData(0, 0, 1)]
    [InlineData(-2, 3, 3)]
    public void Triangular_matches_MathNet(double min, double mode, double max)
    {
        var distribution = new Triangular(min, mode, max);
        // MathNet gives NaN at a bound that coincides with the mode, so compare between the bounds.
        var width = max - min;
        SameCdf(distribution, new MathNetDist.Triangular(min, max, mode), min - 1, min + 0.1 * width, min + 0.5 * width, min + 0.9 * width, max + 1);
        Assert.Equal(0, distribution.Cdf(min));
        Assert.Equal(1, distribution.Cdf(max));
        Assert.Equal(min, distribution.Minimum);
    }

    [Fact]
    public void Triangular_one_two_four_has_hand_computed_values()
    {
        var distribution = new Triangular(1, 2, 4);
        Assert.Equal(7.0 / 3, distribution.Mean, Precision);
        Assert.Equal((1 + 4 + 16 - 2 - 4 - 8) / 18.0, distribution.Variance, Precision);
        Assert.Equal(1.0 / 3, distribution.Cdf(2), Precision);
        Assert.Equal(1 - 1.0 / 6, distribution.Cdf(3), Precision);
    }

    [Fact]
    public void Uniform_matches_the_closed_form()
    {
        var distribution = new Uniform(-3, 5);
        Assert.Equal(1, distribution.Mean);
        Assert.Equal(64.0 / 12, distribution.Variance, Precision);
        Assert.Equal(-3, distribution.Minimum);
        Assert.Equal(0, distribution.Cdf(-4));
        Assert.Equal(0.25, distribution.Cdf(-1));
        Assert.Equal(1, distribution.Cdf(6));
    }

    [Fact]
    public void Bernoulli_matches_the_closed_form()
    {
        var distribution = new Bernoulli(0.3);
        Assert.Equal(0.3, distribution.Mean);
        Assert.Equal(0.21, distribution.Variance, Precision);
        Assert.Equal(0, distribution.Minimum);
        Assert.Equal(0, distribution.Cdf(-0.1));
        Assert.Equal(0.7, distribution.Cdf(0), Precision);
        Assert.Equal(0.7, distribution.Cdf(0.99), Precision);
        Assert.Equal(1, distribution.Cdf(1));
        Assert.Equal(1, new Bernoulli(1).Minimum);
    }

    [Fact]
    public void Empirical_normalises_the_weights_and_sums_duplicate_values()
    {
        var distribution = new DiscreteEmpirical([3, 1, 2, 5, 1], [1, 2, 1, 0, 1]);
        // P(1) = 0.6, P(2) = 0.2, P(3) = 0.2; 5 has weight 0.
        Assert.Equal(1.6, distribution.Mean, Precision);
        Assert.Equal(0.6 * 0.36 + 0.2 * 0.16 + 0.2 * 1.96, distribution.Variance, Precision);
        Assert.Equal(0, distribution.Cdf(0.5));
        Assert.Equal(0.6, distribution.Cdf(1), Precision);
        Assert.Equal(0.8, distribution.Cdf(2.5), Precision);
        Assert.Equal(1, distribution.Cdf(3));
        Assert.Equal(1, distribution.Cdf(100));
        Assert.Equal(1, distribution.Minimum);
    }

    [Fact]
    public void Empirical_minimum_skips_values_with_zero_weight()
    {
        Assert.Equal(4, new DiscreteEmpirical([1, 4, 6], [0, 1, 1]).Minimum);
    }

    [Fact]
    public void Empirical_keeps_its_own_copy_of_the_lists_in_the_given_order()
    {
        double[] values = [2, 1];
        double[] weights = [0.25, 0.75];
        var distribution = new DiscreteEmpirical(values, weights);
        values[0] = 100;
        weights[0] = 100;
        Assert.Equal([2.0, 1.0], distribution.Values);
        Assert.Equal([0.25, 0.75], distribution.Weights);
    }

    [Fact]
    public void Constant_has_no_variance_and_a_step_cdf()
    {
        var distribution = new Constant(6);
        Assert.Equal(6, distribution.Mean);
        Assert.Equal(0, distribution.Variance);
        Assert.Equal(6, distribution.Minimum);
        Assert.Equal(0, distribution.Cdf(5.999));
        Assert.Equal(1, distribution.Cdf(6));
    }
}
