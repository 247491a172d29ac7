using MathNet.Numerics;

namespace Shortfall.Randomness;

/// <summary>The gamma distribution with a shape and a scale (mean = shape · scale).</summary>
public sealed class Gamma : Distribution
{
    // Marsaglia–Tsang constants for shape max(shape, shape + 1).
    private readonly double _d;
    private readonly double _c;
    private readonly double _inverseShape;

    /// <summary>Creates a gamma distribution with shape <paramref name="shape"/> and scale <paramref name="scale"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When either parameter is not finite and &gt; 0.</exception>
    public Gamma(double shape, double scale)
    {
        Shape = Require.Positive(shape, nameof(shape));
        Scale = Require.Positive(scale, nameof(scale));
        _d = (shape < 1 ? shape + 1 : shape) - 1.0 / 3.0;
        _c = 1.0 / Math.Sqrt(9.0 * _d);
        _inverseShape = 1.0 / shape;
    }

    /// <summary>The shape k.</summary>
    public double Shape { get; }

    /// <summary>The scale θ.</summary>
    public double Scale { get; }

    /// <inheritdoc/>
    public override double Mean => Shape * Scale;

    /// <inheritdoc/>
    public override double Variance => Shape * Scale * Scale;

    /// <inheritdoc/>
    public override double Minimum => 0.0;

    /// <summary>Marsaglia–Tsang squeeze and rejection; a shape below 1 is drawn at shape + 1 and multiplied by U^(1/shape).</summary>
    public override double Sample(RandomStream random)
    {
        double value;
        while (true)
        {
            var z = StandardNormal.Sample(random);
            var t = 1.0 + _c * z;
            if (t <= 0)
            {
                continue;
            }
            var v = t * t * t;
            var u = random.NextOpenDouble();
            var z2 = z * z;
            if (u < 1.0 - 0.0331 * z2 * z2 || Math.Log(u) < 0.5 * z2 + _d * (1.0 - v + Math.Log(v)))
            {
                value = _d * v;
                break;
            }
        }
        if (Shape < 1)
        {
            value *= Math.Pow(random.NextOpenDouble(), _inverseShape);
        }
        return value * Scale;
    }

    /// <inheritdoc/>
    public override double Cdf(double x) => x <= 0 ? 0.0 : SpecialFunctions.GammaLowerRegularized(Shape, x / Scale);

    /// <inheritdoc/>
    public override string ToString() => $"gamma(shape: {ScenarioText.Number(Shape)}, scale: {ScenarioText.Number(Scale)})";
}
