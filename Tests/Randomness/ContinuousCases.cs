using MathNet.Numerics;
using Shortfall.Randomness;

namespace Shortfall.Tests.Randomness;

/// <summary>
/// Continuous distributions under test, each with its exact fourth central moment μ₄ written
/// from the textbook kurtosis, independently of the class under test.
/// </summary>
internal static class ContinuousCases
{
    public sealed record Case(Distribution Distribution, double FourthCentralMoment);

    public static readonly IReadOnlyDictionary<string, Case> All = new Dictionary<string, Case>
    {
        ["exponential(mean: 6)"] = new(new Exponential(6), 9 * Math.Pow(6, 4)),
        ["normal(mean: 10, sd: 2)"] = new(new Normal(10, 2), 3 * Math.Pow(2, 4)),
        ["normal(mean: -3, sd: 0.25)"] = new(new Normal(-3, 0.25), 3 * Math.Pow(0.25, 4)),
        ["lognormal(mean: 2, sd: 1)"] = new(new LogNormal(2, 1), LogNormalFourthMoment(2, 1)),
        ["lognormal(mean: 5, sd: 0.5)"] = new(new LogNormal(5, 0.5), LogNormalFourthMoment(5, 0.5)),
        ["gamma(shape: 2, scale: 3)"] = new(new Gamma(2, 3), (3 + 6.0 / 2) * Math.Pow(2 * 9, 2)),
        ["gamma(shape: 0.5, scale: 4)"] = new(new Gamma(0.5, 4), (3 + 6.0 / 0.5) * Math.Pow(0.5 * 16, 2)),
        ["gamma(shape: 7.5, scale: 0.2)"] = new(new Gamma(7.5, 0.2), (3 + 6.0 / 7.5) * Math.Pow(7.5 * 0.04, 2)),
        ["weibull(shape: 1.5, scale: 100)"] = new(new Weibull(1.5, 100), WeibullFourthMoment(1.5, 100)),
        ["weibull(shape: 0.8, scale: 10)"] = new(new Weibull(0.8, 10), WeibullFourthMoment(0.8, 10)),
        ["triangular(min: 1, mode: 2, max: 4)"] = new(new Triangular(1, 2, 4), TriangularFourthMoment(1, 2, 4)),
        ["triangular(min: 0, mode: 0, max: 1)"] = new(new Triangular(0, 0, 1), TriangularFourthMoment(0, 0, 1)),
        ["triangular(min: -2, mode: 3, max: 3)"] = new(new Triangular(-2, 3, 3), TriangularFourthMoment(-2, 3, 3)),
        ["uniform(min: 0, max: 1)"] = new(new Uniform(0, 1), Math.Pow(1, 4) / 80),
        ["uniform(min: -3, max: 5)"] = new(new Uniform(-3, 5), Math.Pow(8, 4) / 80),
    };

    public static TheoryData<string> Names => new(All.Keys);

    // Excess kurtosis e^{4s²} + 2e^{3s²} + 3e^{2s²} − 6 with s² = ln(1 + cv²).
    private static double LogNormalFourthMoment(double mean, double sd)
    {
        var s2 = Math.Log(1 + sd * sd / (mean * mean));
        var excess = Math.Exp(4 * s2) + 2 * Math.Exp(3 * s2) + 3 * Math.Exp(2 * s2) - 6;
        return (excess + 3) * Math.Pow(sd, 4);
    }

    // λ⁴ (Γ₄ − 4Γ₃Γ₁ + 6Γ₂Γ₁² − 3Γ₁⁴) with Γᵢ = Γ(1 + i/k).
    private static double WeibullFourthMoment(double shape, double scale)
    {
        double G(int i) => SpecialFunctions.Gamma(1 + i / shape);
        var g1 = G(1);
        return Math.Pow(scale, 4) * (G(4) - 4 * G(3) * g1 + 6 * G(2) * g1 * g1 - 3 * Math.Pow(g1, 4));
    }

    // Excess kurtosis −3/5 for every triangular distribution.
    private static double TriangularFourthMoment(double a, double c, double b)
    {
        var variance = (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
        return (3 - 0.6) * variance * variance;
    }
}
