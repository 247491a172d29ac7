namespace Shortfall.Analysis.Calibration;

/// <summary>
/// Which observation constrains which parameter: the Spearman rank correlation, over generation 0 (parameters drawn from the prior),
/// between each parameter and what each observation's output came to, and how much each parameter's spread shrank from the prior
/// sample to the posterior (weighted standard deviations, on the proposal space of <see cref="ProposalSpace"/>).
/// </summary>
public sealed class ConstraintTable
{
    private ConstraintTable(double[,] correlations, double[] shrinkage)
    {
        Correlations = correlations;
        Shrinkage = shrinkage;
    }

    /// <summary>[observation, parameter]: near ±1 when the observation's output moves with the parameter over the prior, near 0 when not.</summary>
    public double[,] Correlations { get; }

    /// <summary>Per parameter: posterior sd / prior-sample sd; near 1 when the observations leave it where the prior had it.</summary>
    public double[] Shrinkage { get; }

    /// <summary>The table as calibration.json keeps it.</summary>
    public CalibrationConstraintsDocument Document() => new()
    {
        Correlations = Enumerable.Range(0, Correlations.GetLength(0))
            .Select(o => (IReadOnlyList<double>)Enumerable.Range(0, Shrinkage.Length).Select(k => Correlations[o, k]).ToArray()).ToArray(),
        Shrinkage = Shrinkage,
    };

    /// <summary>The table calibration.json kept.</summary>
    public static ConstraintTable Of(CalibrationConstraintsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var correlations = new double[document.Correlations.Count, document.Shrinkage.Count];
        for (var o = 0; o < document.Correlations.Count; o++)
        {
            for (var k = 0; k < document.Shrinkage.Count; k++)
            {
                correlations[o, k] = document.Correlations[o][k];
            }
        }
        return new ConstraintTable(correlations, [.. document.Shrinkage]);
    }

    /// <summary>The table of a calibration's generations.</summary>
    public static ConstraintTable Of(AbcOutcome outcome, ProposalSpace space)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(space);
        var prior = outcome.Generations[0].Particles;
        var parameters = space.Widths.Count;
        var observations = prior[0].Point.Statistics.Length;
        var correlations = new double[observations, parameters];
        for (var o = 0; o < observations; o++)
        {
            var output = Ranks(prior.Select(p => p.Point.Statistics[o]).ToArray());
            for (var k = 0; k < parameters; k++)
            {
                correlations[o, k] = Pearson(Ranks(prior.Select(p => p.Parameters[k]).ToArray()), output);
            }
        }
        var shrinkage = Enumerable.Range(0, parameters)
            .Select(k => Spread(space.Into(outcome.Posterior).Particles, k) / Spread(space.Into(outcome.Generations[0]).Particles, k))
            .ToArray();
        return new ConstraintTable(correlations, shrinkage);
    }

    private static double Spread(IReadOnlyList<Particle> particles, int k)
    {
        var mean = particles.Sum(p => p.Weight * p.Parameters[k]);
        return Math.Sqrt(particles.Sum(p => p.Weight * Math.Pow(p.Parameters[k] - mean, 2)));
    }

    // Ranks 1…n, ties sharing their mean rank.
    private static double[] Ranks(double[] values)
    {
        var order = Enumerable.Range(0, values.Length).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Length];
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]])
            {
                end++;
            }
            for (var i = start; i <= end; i++)
            {
                ranks[order[i]] = (start + end) / 2.0 + 1;
            }
            start = end + 1;
        }
        return ranks;
    }

    private static double Pearson(double[] x, double[] y)
    {
        double mx = x.Average(), my = y.Average(), sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx > 0 && syy > 0 ? sxy / Math.Sqrt(sxx * syy) : 0;
    }
}
