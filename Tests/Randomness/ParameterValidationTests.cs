using Shortfall.Randomness;

namespace Shortfall.Tests.Randomness;

public sealed class ParameterValidationTests
{
    private sealed record Rejection(Func<Distribution> Construct, string Parameter, string Rule);

    private static readonly Dictionary<string, Rejection> Rejections = new()
    {
        ["exponential with mean 0"] = new(() => new Exponential(0), "mean", "mean must be > 0"),
        ["exponential with negative mean"] = new(() => new Exponential(-1), "mean", "mean must be > 0"),
        ["exponential with infinite mean"] = new(() => new Exponential(double.PositiveInfinity), "mean", "mean must be finite"),
        ["exponential with NaN mean"] = new(() => new Exponential(double.NaN), "mean", "mean must be finite"),
        ["normal with NaN mean"] = new(() => new Normal(double.NaN, 1), "mean", "mean must be finite"),
        ["normal with sd 0"] = new(() => new Normal(1, 0), "standardDeviation", "standardDeviation must be > 0"),
        ["normal with negative sd"] = new(() => new Normal(1, -2), "standardDeviation", "standardDeviation must be > 0"),
        ["lognormal with mean 0"] = new(() => new LogNormal(0, 1), "mean", "mean must be > 0"),
        ["lognormal with sd 0"] = new(() => new LogNormal(1, 0), "standardDeviation", "standardDeviation must be > 0"),
        ["gamma with shape 0"] = new(() => new Gamma(0, 1), "shape", "shape must be > 0"),
        ["gamma with negative scale"] = new(() => new Gamma(1, -1), "scale", "scale must be > 0"),
        ["weibull with negative shape"] = new(() => new Weibull(-1, 1), "shape", "shape must be > 0"),
        ["weibull with scale 0"] = new(() => new Weibull(1, 0), "scale", "scale must be > 0"),
        ["triangular with max equal to min"] = new(() => new Triangular(2, 2, 2), "maximum", "maximum must be > minimum"),
        ["triangular with max below min"] = new(() => new Triangular(3, 2, 1), "maximum", "maximum must be > minimum"),
        ["triangular with mode below min"] = new(() => new Triangular(1, 0.5, 4), "mode", "mode must be between minimum and maximum"),
        ["triangular with mode above max"] = new(() => new Triangular(1, 5, 4), "mode", "mode must be between minimum and maximum"),
        ["triangular with infinite max"] = new(() => new Triangular(1, 2, double.PositiveInfinity), "maximum", "maximum must be finite"),
        ["uniform with max equal to min"] = new(() => new Uniform(1, 1), "maximum", "maximum must be > minimum"),
        ["uniform with infinite min"] = new(() => new Uniform(double.NegativeInfinity, 1), "minimum", "minimum must be finite"),
        ["bernoulli with negative p"] = new(() => new Bernoulli(-0.1), "probability", "probability must be between 0 and 1"),
        ["bernoulli with p above 1"] = new(() => new Bernoulli(1.1), "probability", "probability must be between 0 and 1"),
        ["bernoulli with NaN p"] = new(() => new Bernoulli(double.NaN), "probability", "probability must be between 0 and 1"),
        ["empirical with no values"] = new(() => new DiscreteEmpirical([], []), "values", "values must not be empty"),
        ["empirical with fewer weights than values"] = new(() => new DiscreteEmpirical([1, 2], [1]), "weights", "weights must have one entry per value"),
        ["empirical with a negative weight"] = new(() => new DiscreteEmpirical([1, 2], [1, -1]), "weights", "weights must be >= 0"),
        ["empirical with all weights 0"] = new(() => new DiscreteEmpirical([1, 2], [0, 0]), "weights", "weights must have a finite sum > 0"),
        ["empirical with an infinite value"] = new(() => new DiscreteEmpirical([1, double.PositiveInfinity], [1, 1]), "values", "values must be finite"),
        ["empirical with a weight sum that overflows"] = new(() => new DiscreteEmpirical([1, 2], [double.MaxValue, double.MaxValue]), "weights",
            "weights must have a finite sum > 0"),
        ["constant that is NaN"] = new(() => new Constant(double.NaN), "value", "value must be finite"),
    };

    public static TheoryData<string> Cases => new(Rejections.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_rejected_parameter_throws_naming_the_parameter_and_the_rule(string name)
    {
        var (construct, parameter, rule) = Rejections[name];
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => construct());
        Assert.Equal(parameter, exception.ParamName);
        Assert.StartsWith(rule, exception.Message);
    }

    [Fact]
    public void Empirical_rejects_null_lists()
    {
        Assert.Throws<ArgumentNullException>(() => new DiscreteEmpirical(null!, [1]));
        Assert.Throws<ArgumentNullException>(() => new DiscreteEmpirical([1], null!));
    }

    [Fact]
    public void Boundary_parameters_that_make_sense_are_accepted()
    {
        _ = new Bernoulli(0);
        _ = new Bernoulli(1);
        _ = new Triangular(1, 1, 2);
        _ = new Triangular(1, 2, 2);
        _ = new Normal(-5, 1);
        _ = new Constant(-3);
        _ = new DiscreteEmpirical([1], [0.001]);
    }
}
