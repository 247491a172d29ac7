using Shortfall.Configuration.Distributions;
using Shortfall.Configuration.Schema;
using Shortfall.Randomness;

namespace Shortfall.Tests.Configuration;

public class DistributionShapeTests
{
    private static readonly DistributionShape Duration = new(DistributionUse.Duration);
    private static readonly DistributionShape PositiveDuration = new(DistributionUse.PositiveDuration);
    private static readonly DistributionShape Fraction = new(DistributionUse.Fraction);

    private static Distribution Read(DistributionShape shape, string text)
    {
        var parsed = shape.Parse(text, Contexts.Won());
        Assert.True(parsed.Ok, parsed.Error);
        return parsed.Value;
    }

    private static string Error(DistributionShape shape, string text)
    {
        var parsed = shape.Parse(text, Contexts.Won());
        Assert.False(parsed.Ok);
        return parsed.Error;
    }

    [Fact]
    public void Duration_parameters_are_converted_to_hours()
    {
        Assert.Equal(0.5, Assert.IsType<Exponential>(Read(Duration, "exponential(mean = 30 min)")).Mean);
        var repair = Assert.IsType<LogNormal>(Read(Duration, "lognormal(mean = 2 d, sd = 12 h)"));
        Assert.Equal((48.0, 12.0), (repair.Mean, repair.StandardDeviation));
        var gamma = Assert.IsType<Gamma>(Read(Duration, "gamma(shape = 2, scale = 3 h)"));
        Assert.Equal((2.0, 3.0), (gamma.Shape, gamma.Scale));
        var weibull = Assert.IsType<Weibull>(Read(Duration, "weibull(shape = 1.5, scale = 100 h)"));
        Assert.Equal((1.5, 100.0), (weibull.Shape, weibull.Scale));
        var triangular = Assert.IsType<Triangular>(Read(Duration, "triangular(min = 60 min, mode = 2 h, max = 4 h)"));
        Assert.Equal((1.0, 2.0, 4.0), (triangular.Minimum, triangular.Mode, triangular.Maximum));
    }

    [Fact]
    public void A_colon_separates_parameters_as_well_as_an_equals_sign()
    {
        Assert.Equal(6, Assert.IsType<Exponential>(Read(Duration, "exponential(mean: 6 h)")).Mean);
        Assert.Equal(6, Assert.IsType<Exponential>(Read(Duration, "Exponential( mean=6h )")).Mean);
    }

    [Fact]
    public void A_plain_quantity_is_a_constant()
    {
        Assert.Equal(0.75, Assert.IsType<Constant>(Read(Duration, "45 min")).Value);
        Assert.Equal(0, Assert.IsType<Constant>(Read(Duration, "0 h")).Value);
        Assert.Equal(0.8, Assert.IsType<Constant>(Read(Fraction, "80 %")).Value, 12);
        Assert.Equal(1, Assert.IsType<Constant>(Read(Fraction, "1")).Value);
    }

    [Fact]
    public void Fractions_take_plain_parameters()
    {
        var uniform = Assert.IsType<Uniform>(Read(Fraction, "uniform(min = 0.6, max = 1.0)"));
        Assert.Equal((0.6, 1.0), (uniform.Minimum, uniform.Maximum));
        Assert.Equal(0.3, Assert.IsType<Bernoulli>(Read(Fraction, "bernoulli(p = 0.3)")).Probability);
    }

    [Fact]
    public void Empirical_takes_lists_and_defaults_to_equal_weights()
    {
        var weighted = Assert.IsType<DiscreteEmpirical>(Read(Duration, "empirical(values = [1 h, 2 h, 4 h], weights = [0.5, 0.3, 0.2])"));
        Assert.Equal([1.0, 2.0, 4.0], weighted.Values);
        Assert.Equal([0.5, 0.3, 0.2], weighted.Weights);
        var equal = Assert.IsType<DiscreteEmpirical>(Read(Duration, "empirical(values = [30 min, 90 min])"));
        Assert.Equal([0.5, 1.5], equal.Values);
        Assert.Equal(1.0, equal.Mean, 12);
    }

    [Theory]
    [InlineData("exponential(mena = 3 h)", "exponential has no parameter 'mena'; did you mean 'mean'?")]
    [InlineData("exponential(mean = 3 h, mean = 4 h)", "the parameter 'mean' of exponential is given twice")]
    [InlineData("lognormal(mean = 3 h)", "lognormal needs the parameter 'sd'")]
    [InlineData("exponential(mean = 3)", "the mean of exponential must be a duration like '6 h', got '3'")]
    [InlineData("gamma(shape = 2 h, scale = 1 h)", "the shape of gamma must be a plain number like '0.5', got '2 h'")]
    [InlineData("empirical(values = 1 h)", "the values of empirical must be a list of a duration like '[6 h, 6 h]', got '1 h'")]
    [InlineData("empirical(values = [])", "empirical needs at least one value, one weight ≥ 0 per value, and weights that sum to more than 0")]
    [InlineData("empirical(values = [1 h, 2 h], weights = [1])",
        "empirical needs at least one value, one weight ≥ 0 per value, and weights that sum to more than 0")]
    [InlineData("exponential(mean = 0 h)", "exponential needs mean > 0")]
    [InlineData("triangular(min = 2 h, mode = 1 h, max = 4 h)", "triangular needs min < max and min ≤ mode ≤ max")]
    [InlineData("uniform(min = 2 h, max = 2 h)", "uniform needs min < max")]
    [InlineData("uniform(min = -1 h, max = 2 h)", "a duration cannot be negative, but this uniform can draw values down to -1 h")]
    [InlineData("normal(mean = 10 min, sd = 2 min)",
        "a duration cannot be negative, but normal can draw values below 0; use lognormal with the same mean and sd")]
    [InlineData("bernoulli(p = 0.5)", "bernoulli draws plain numbers and cannot be a duration")]
    [InlineData("expo(mean = 3 h)",
        "unknown distribution 'expo'; expected one of: exponential, normal, lognormal, gamma, weibull, triangular, uniform, bernoulli, empirical")]
    [InlineData("exponental(mean = 3 h)", "unknown distribution 'exponental'; did you mean 'exponential'?")]
    [InlineData("exponential(mean = 3 h", "expected a duration like '6 h' or a distribution like 'exponential(mean = 6 h)', got 'exponential(mean = 3 h'")]
    [InlineData("exponential(3 h)", "write each parameter as 'name = value', got '3 h' in 'exponential(3 h)'")]
    [InlineData("-1 h", "must not be negative, got '-1 h'")]
    [InlineData("3 kg", "expected a duration like '6 h' or a distribution like 'exponential(mean = 6 h)', got '3 kg'")]
    public void Bad_duration_distributions_say_what_is_wrong(string text, string message)
    {
        Assert.Equal(message, Error(Duration, text));
    }

    [Theory]
    [InlineData("0 h", "must be greater than 0, got '0 h'")]
    [InlineData("empirical(values = [0 h])", "the mean of this empirical must be greater than 0")]
    public void Positive_durations_refuse_a_zero_mean(string text, string message)
    {
        Assert.Equal(message, Error(PositiveDuration, text));
    }

    [Theory]
    [InlineData("1.5", "a fraction must lie between 0 and 1, got '1.5'")]
    [InlineData("uniform(min = 0.5, max = 1.2)", "a fraction must lie between 0 and 1, but this uniform can draw values from 0.5 to 1.2")]
    [InlineData("exponential(mean = 0.5)", "a fraction must lie between 0 and 1, but this exponential can draw values from 0 to ∞")]
    [InlineData("uniform(min = 0.5 h, max = 1)", "the min of uniform must be a plain number like '0.5', got '0.5 h'")]
    public void Fractions_stay_between_zero_and_one(string text, string message)
    {
        Assert.Equal(message, Error(Fraction, text));
    }
}
