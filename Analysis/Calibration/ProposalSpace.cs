using Shortfall.Configuration.Calibration;

namespace Shortfall.Analysis.Calibration;

/// <summary>
/// Where the perturbation kernel moves parameters: the logarithm of those with a loguniform prior (a Gaussian step there is a
/// factor, which suits a number known to its order of magnitude), the value itself for the others. A proposal's weight needs the
/// prior's density in that space, which is the density of the value times |dθ/dz|, θ for a logarithm (<see cref="Jacobian"/>).
/// </summary>
public sealed class ProposalSpace(IReadOnlyList<Prior> priors)
{
    /// <summary>The width of each prior's range in this space.</summary>
    public IReadOnlyList<double> Widths { get; } = priors.Select(p => p.Logarithmic ? Math.Log(p.High / p.Low) : p.High - p.Low).ToArray();

    /// <summary><paramref name="parameters"/> in this space.</summary>
    public double[] Into(IReadOnlyList<double> parameters) =>
        parameters.Select((x, i) => priors[i].Logarithmic ? Math.Log(x) : x).ToArray();

    /// <summary>A point of this space as parameters.</summary>
    public double[] OutOf(IReadOnlyList<double> point) =>
        point.Select((z, i) => priors[i].Logarithmic ? Math.Exp(z) : z).ToArray();

    /// <summary>A generation with its particles' parameters in this space.</summary>
    public Generation Into(Generation generation)
    {
        ArgumentNullException.ThrowIfNull(generation);
        return generation with { Particles = generation.Particles.Select(p => p with { Parameters = Into(p.Parameters) }).ToArray() };
    }

    /// <summary>|dθ/dz| at <paramref name="parameters"/>: the product of the logarithmic ones.</summary>
    public double Jacobian(IReadOnlyList<double> parameters)
    {
        var jacobian = 1.0;
        for (var i = 0; i < priors.Count; i++)
        {
            if (priors[i].Logarithmic)
            {
                jacobian *= parameters[i];
            }
        }
        return jacobian;
    }
}
