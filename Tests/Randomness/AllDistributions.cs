using Shortfall.Randomness;

namespace Shortfall.Tests.Randomness;

/// <summary>One instance of every distribution, by its scenario text, for properties every sampler must have.</summary>
internal static class AllDistributions
{
    public static readonly IReadOnlyDictionary<string, Distribution> ByText = new Distribution[]
    {
        new Exponential(6), new Normal(10, 2), new LogNormal(2, 1), new Gamma(2, 3), new Gamma(0.5, 4),
        new Weibull(1.5, 100), new Triangular(1, 2, 4), new Uniform(0, 1), new Bernoulli(0.3),
        new DiscreteEmpirical([1, 2, 5], [0.5, 0.25, 0.25]), new Constant(6),
    }.ToDictionary(d => d.ToString());

    public static TheoryData<string> Texts => new(ByText.Keys);
}
