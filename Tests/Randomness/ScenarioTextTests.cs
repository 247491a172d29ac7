using System.Globalization;
using System.Text.RegularExpressions;
using Shortfall.Randomness;

namespace Shortfall.Tests.Randomness;

public sealed partial class ScenarioTextTests
{
    public static TheoryData<string, Distribution> Documented => new()
    {
        { "exponential(mean: 6)", new Exponential(6) },
        { "normal(mean: 10, sd: 2)", new Normal(10, 2) },
        { "lognormal(mean: 2, sd: 1)", new LogNormal(2, 1) },
        { "gamma(shape: 2, scale: 3)", new Gamma(2, 3) },
        { "weibull(shape: 1.5, scale: 100)", new Weibull(1.5, 100) },
        { "triangular(min: 1, mode: 2, max: 4)", new Triangular(1, 2, 4) },
        { "uniform(min: 0, max: 1)", new Uniform(0, 1) },
        { "bernoulli(p: 0.3)", new Bernoulli(0.3) },
        { "empirical(values: [1, 2], weights: [0.5, 0.5])", new DiscreteEmpirical([1, 2], [0.5, 0.5]) },
        { "constant(6)", new Constant(6) },
        { "normal(mean: -0.25, sd: 1E-05)", new Normal(-0.25, 1e-5) },
    };

    [Theory]
    [MemberData(nameof(Documented))]
    public void A_distribution_prints_itself_in_scenario_syntax(string expected, Distribution distribution)
    {
        Assert.Equal(expected, distribution.ToString());
    }

    [Fact]
    public void Printed_numbers_parse_back_to_exactly_the_same_parameters()
    {
        var oneThird = 1.0 / 3;
        var tenth = 0.1;
        var distribution = new Triangular(oneThird, tenth * 7, Math.PI);
        var printed = Number().Matches(distribution.ToString()).Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal([oneThird, tenth * 7, Math.PI], printed);
    }

    [GeneratedRegex(@"-?[0-9][0-9.]*(E[-+][0-9]+)?")]
    private static partial Regex Number();
}
