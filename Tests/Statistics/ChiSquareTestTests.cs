using MathNet.Numerics.Distributions;
using Shortfall.Analysis.Statistics;
using Shortfall.Randomness;

namespace Shortfall.Tests.Statistics;

public class ChiSquareTestTests
{
    private static double[] BinomialProbabilities(int trials, double p) =>
        Enumerable.Range(0, trials + 1).Select(k => Binomial.PMF(p, trials, k)).ToArray();

    [Fact]
    public void Three_categories_give_the_closed_form_p_value_of_two_degrees_of_freedom()
    {
        // Expected 30, 50, 20: statistic 100/30 + 100/50 + 0 = 16/3; with 2 degrees of freedom P = exp(−x/2).
        var test = ChiSquareTest.GoodnessOfFit([40, 40, 20], [0.3, 0.5, 0.2]);
        Assert.Equal(16.0 / 3.0, test.Statistic, 1e-12);
        Assert.Equal(2, test.DegreesOfFreedom);
        Assert.Equal(Math.Exp(-8.0 / 3.0), test.PValue, 1e-12);
    }

    [Fact]
    public void Four_categories_agree_with_the_chi_square_distribution_of_MathNet_and_the_closed_form()
    {
        // Expected 25 each: statistic (225 + 25 + 25 + 225)/25 = 20, 3 degrees of freedom;
        // P = erfc(√(x/2)) + √(2x/π)·exp(−x/2) = 1.6974243555e-4.
        var test = ChiSquareTest.GoodnessOfFit([10, 20, 30, 40], [0.25, 0.25, 0.25, 0.25]);
        Assert.Equal(20.0, test.Statistic, 1e-12);
        Assert.Equal(3, test.DegreesOfFreedom);
        Assert.Equal(1.0 - ChiSquared.CDF(3, 20.0), test.PValue, 1e-12);
        Assert.Equal(1.6974243555282643e-4, test.PValue, 1e-15);
    }

    [Fact]
    public void Tails_of_a_binomial_are_pooled_until_each_group_expects_at_least_five()
    {
        // Binomial(10, 1/2) with 100 draws expects 0.098 0.977 4.39 11.7 20.5 24.6 20.5 11.7 4.39 0.977 0.098:
        // 0–2 and 8–10 pool to 5.47 each, leaving 7 groups. Observed groups 2 8 15 30 25 10 10
        // give a statistic of 11.0308571428571, and with 6 degrees of freedom
        // P = exp(−x/2)(1 + x/2 + (x/2)²/2) = 0.0874274239343385.
        long[] observed = [0, 0, 2, 8, 15, 30, 25, 10, 6, 3, 1];
        var test = ChiSquareTest.GoodnessOfFit(observed, BinomialProbabilities(10, 0.5));
        Assert.Equal(7, test.Groups);
        Assert.Equal(6, test.DegreesOfFreedom);
        Assert.Equal(11.030857142857142, test.Statistic, 1e-12);
        Assert.Equal(0.08742742393433854, test.PValue, 1e-12);
    }

    [Fact]
    public void Each_estimated_parameter_costs_a_degree_of_freedom()
    {
        // Five degrees of freedom: P = erfc(√(x/2)) + √(2x/π)·exp(−x/2)(1 + x/3) = 0.0507715981076146.
        long[] observed = [0, 0, 2, 8, 15, 30, 25, 10, 6, 3, 1];
        var test = ChiSquareTest.GoodnessOfFit(observed, BinomialProbabilities(10, 0.5), estimatedParameters: 1);
        Assert.Equal(5, test.DegreesOfFreedom);
        Assert.Equal(0.05077159810761459, test.PValue, 1e-12);
    }

    [Fact]
    public void Binomial_draws_fit_their_own_distribution_and_not_a_shifted_one()
    {
        // 1000 draws of Binomial(12, 0.3), each the sum of 12 Bernoulli trials.
        var random = new RandomStream(31);
        var observed = new long[13];
        for (var i = 0; i < 1000; i++)
        {
            observed[Enumerable.Range(0, 12).Count(_ => random.NextDouble() < 0.3)]++;
        }
        // Under the true distribution P < 0.001 happens once in a thousand seeds.
        Assert.True(ChiSquareTest.GoodnessOfFit(observed, BinomialProbabilities(12, 0.3)).PValue > 1e-3);
        // Against p = 0.35 the expected mean moves by 0.6, over ten standard errors of the sample mean.
        Assert.True(ChiSquareTest.GoodnessOfFit(observed, BinomialProbabilities(12, 0.35)).PValue < 1e-6);
    }

    [Fact]
    public void Too_few_observations_to_leave_a_degree_of_freedom_are_rejected()
    {
        // Expected 4.5 and 4.5: pooled into one group.
        Assert.Throws<ArgumentException>(() => ChiSquareTest.GoodnessOfFit([4, 5], [0.5, 0.5]));
        // Two groups, but one estimated parameter.
        Assert.Throws<ArgumentException>(() => ChiSquareTest.GoodnessOfFit([40, 60], [0.5, 0.5], estimatedParameters: 1));
    }

    [Fact]
    public void Inconsistent_inputs_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => ChiSquareTest.GoodnessOfFit([10, 10], [0.5, 0.3, 0.2]));
        Assert.Throws<ArgumentException>(() => ChiSquareTest.GoodnessOfFit([10], [1.0]));
        Assert.Throws<ArgumentException>(() => ChiSquareTest.GoodnessOfFit([10, 10], [0.5, 0.4]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ChiSquareTest.GoodnessOfFit([10, -1], [0.5, 0.5]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ChiSquareTest.GoodnessOfFit([10, 10], [1.5, -0.5]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ChiSquareTest.GoodnessOfFit([0, 0], [0.5, 0.5]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ChiSquareTest.GoodnessOfFit([10, 10], [0.5, 0.5], -1));
    }
}
