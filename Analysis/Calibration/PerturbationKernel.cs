using Shortfall.Randomness;

namespace Shortfall.Analysis.Calibration;

/// <summary>
/// The Gaussian random walk that moves a previous generation's particle to a new proposal, with covariance twice the weighted
/// covariance of that generation (Beaumont, Cornuet, Marin and Robert 2009, who show this choice minimises the
/// Kullback–Leibler distance to the next target for a Gaussian kernel). Densities are up to the one constant all share,
/// which cancels when weights are normalised.
/// </summary>
public sealed class PerturbationKernel
{
    private static readonly Normal StandardNormal = new(0, 1);
    private readonly double[,] _cholesky;
    private readonly int _dimension;

    private PerturbationKernel(double[,] cholesky)
    {
        _cholesky = cholesky;
        _dimension = cholesky.GetLength(0);
    }

    /// <summary>The kernel for moving the particles of <paramref name="generation"/>; a parameter that has collapsed to one
    /// value keeps a small spread, a millionth of its prior's width, so that the walk can still leave it.</summary>
    public static PerturbationKernel For(Generation generation, IReadOnlyList<double> priorWidths)
    {
        ArgumentNullException.ThrowIfNull(generation);
        ArgumentNullException.ThrowIfNull(priorWidths);
        var d = priorWidths.Count;
        var mean = new double[d];
        foreach (var p in generation.Particles)
        {
            for (var i = 0; i < d; i++)
            {
                mean[i] += p.Weight * p.Parameters[i];
            }
        }
        var covariance = new double[d, d];
        foreach (var p in generation.Particles)
        {
            for (var i = 0; i < d; i++)
            {
                for (var j = 0; j < d; j++)
                {
                    covariance[i, j] += 2 * p.Weight * (p.Parameters[i] - mean[i]) * (p.Parameters[j] - mean[j]);
                }
            }
        }
        for (var i = 0; i < d; i++)
        {
            var floor = Math.Pow(priorWidths[i] * 1e-6, 2);
            covariance[i, i] = Math.Max(covariance[i, i], floor) + floor;
        }
        return new PerturbationKernel(Cholesky(covariance));
    }

    /// <summary>A draw around <paramref name="centre"/>.</summary>
    public double[] Sample(IReadOnlyList<double> centre, RandomStream random)
    {
        var z = new double[_dimension];
        for (var i = 0; i < _dimension; i++)
        {
            z[i] = StandardNormal.Sample(random);
        }
        var x = new double[_dimension];
        for (var i = 0; i < _dimension; i++)
        {
            var sum = centre[i];
            for (var j = 0; j <= i; j++)
            {
                sum += _cholesky[i, j] * z[j];
            }
            x[i] = sum;
        }
        return x;
    }

    /// <summary>The kernel's density from <paramref name="from"/> to <paramref name="to"/>, up to a constant factor.</summary>
    public double RelativeDensity(IReadOnlyList<double> from, IReadOnlyList<double> to)
    {
        // Solve L y = to − from by forward substitution; the exponent is −|y|²/2.
        var y = new double[_dimension];
        var squares = 0.0;
        for (var i = 0; i < _dimension; i++)
        {
            var sum = to[i] - from[i];
            for (var j = 0; j < i; j++)
            {
                sum -= _cholesky[i, j] * y[j];
            }
            y[i] = sum / _cholesky[i, i];
            squares += y[i] * y[i];
        }
        return Math.Exp(-0.5 * squares);
    }

    // The lower-triangular L with L Lᵀ = matrix; a matrix made singular by rounding gets a little more on its diagonal.
    private static double[,] Cholesky(double[,] matrix)
    {
        var d = matrix.GetLength(0);
        var l = new double[d, d];
        for (var i = 0; i < d; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = matrix[i, j];
                for (var k = 0; k < j; k++)
                {
                    sum -= l[i, k] * l[j, k];
                }
                if (i == j)
                {
                    l[i, i] = Math.Sqrt(Math.Max(sum, matrix[i, i] * 1e-9));
                }
                else
                {
                    l[i, j] = sum / l[j, j];
                }
            }
        }
        return l;
    }
}
