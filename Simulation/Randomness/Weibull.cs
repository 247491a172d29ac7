using MathNet.Numerics;

namespace Shortfall.Randomness;

/// <summary>The Weibull distribution with a shape k and a scale λ (e.g. hours a truck runs between breakdowns).</summary>
public sealed class Weibull : Distribution
{
    private readonly double _inverseShape;

    /// <summary>Creates a Weibull distribution with shape <paramref name="shape"/> and scale <paramref name="scale"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When either parameter is not finite and &gt; 0.</exception>
    public Weibull(double shape, double scale)
    {
        Shape = Require.Positive(shape, nameof(shape));
        Scale = Require.Positive(scale, nameof(scale));
        _inverseShape = 1.0 / shape;
        var g1 = SpecialFunctions.Gamma(1.0 + 1.0 / shape);
        var g2 = SpecialFunctions.Gamma(1.0 + 2.0 / shape);
        Mean = scale * g1;
        Variance = scale * scale * (g2 - g1 * g1);
    }

    /// <summary>The shape k.</summary>
    public double Shape { get; }

    /// <summary>The scale λ.</summary>
    public double Scale { get; }

    /// <summary>λ Γ(1 + 1/k).</summary>
    public override double Mean { get; }

    /// <summary>λ² (Γ(1 + 2/k) − Γ(1 + 1/k)²).</summary>
    public override double Variance { get; }

    /// <inheritdoc/>
    public override double Minimum => 0.0;

    /// <summary>Inversion: λ (−ln U)^(1/k) with U in (0, 1].</summary>
    public override double Sample(RandomStream random) => Scale * Math.Pow(-Math.Log(random.NextOpenDouble()), _inverseShape);

    /// <inheritdoc/>
    public override double Cdf(double x) => x <= 0 ? 0.0 : -SpecialFunctions.Expm1(-Math.Pow(x / Scale, Shape));

    /// <inheritdoc/>
    public override string ToString() => $"weibull(shape: {ScenarioText.Number(Shape)}, scale: {ScenarioText.Number(Scale)})";
}
