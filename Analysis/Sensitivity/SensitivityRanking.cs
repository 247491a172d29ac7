using MathNet.Numerics.LinearRegression;
using MathNet.Numerics.Statistics;
using Shortfall.Analysis.Running;

namespace Shortfall.Analysis.Sensitivity;

/// <summary>Measures and ranks the effect of each input of a sweep on the headline metric's mean.</summary>
public static class SensitivityRanking
{
    /// <summary>The effects of <paramref name="parameters"/>, in their order, ranked by <see cref="ParameterEffect.Effect"/> (ties keep input order).</summary>
    /// <param name="mode">How the points were chosen.</param>
    /// <param name="parameters">The inputs.</param>
    /// <param name="points">The points; point 0 is the baseline.</param>
    /// <param name="run">The run, whose variant i is point i.</param>
    public static IReadOnlyList<ParameterEffect> Rank(SweepMode mode, IReadOnlyList<SweepParameter> parameters, IReadOnlyList<SweepPoint> points,
        RunOutcome run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var means = run.Variants.Select(v => v.Headline.Estimate.Mean).ToArray();
        var unranked = mode == SweepMode.OneAtATime ? OneAtATime(parameters, points, means) : LatinHypercube(parameters, points, means);
        var order = unranked.Select((e, i) => (e, i)).OrderByDescending(x => x.e.Effect).ThenBy(x => x.i).Select(x => x.i).ToList();
        return unranked.Select((e, i) => e with { Rank = order.IndexOf(i) + 1 }).ToArray();
    }

    private static List<ParameterEffect> OneAtATime(IReadOnlyList<SweepParameter> parameters, IReadOnlyList<SweepPoint> points, double[] means)
    {
        var effects = new List<ParameterEffect>();
        for (var p = 0; p < parameters.Count; p++)
        {
            // The points that vary this input, in step order (low first, high last).
            var own = points.Where(x => x.Values[p] is not null).Select(x => means[x.Index]).ToArray();
            effects.Add(new ParameterEffect(parameters[p], 0, own.Max() - own.Min(), own[0] - means[0], own[^1] - means[0], null, null));
        }
        return effects;
    }

    private static List<ParameterEffect> LatinHypercube(IReadOnlyList<SweepParameter> parameters, IReadOnlyList<SweepPoint> points, double[] means)
    {
        var sampled = points.Where(x => !x.IsBaseline).ToArray();
        var y = sampled.Select(x => means[x.Index]).ToArray();
        var columns = Enumerable.Range(0, parameters.Count).Select(p => sampled.Select(x => x.Values[p]!.Value).ToArray()).ToArray();
        var varying = Enumerable.Range(0, parameters.Count).Where(p => columns[p].StandardDeviation() > 0).ToArray();
        var coefficients = new double?[parameters.Count];
        var ySpread = y.StandardDeviation();
        if (ySpread > 0 && varying.Length > 0)
        {
            var standardized = varying.Select(p => Standardized(columns[p])).ToArray();
            var x = sampled.Select((_, i) => standardized.Select(column => column[i]).ToArray()).ToArray();
            var fit = MultipleRegression.QR(x, Standardized(y), intercept: false);
            for (var j = 0; j < varying.Length; j++)
            {
                coefficients[varying[j]] = fit[j];
            }
        }
        else
        {
            // The means did not move: every input that varied had no effect.
            foreach (var p in varying)
            {
                coefficients[p] = 0.0;
            }
        }
        return Enumerable.Range(0, parameters.Count).Select(p =>
        {
            var rho = Correlation.Spearman(columns[p], y);
            return new ParameterEffect(parameters[p], 0, Math.Abs(coefficients[p] ?? 0.0), null, null, coefficients[p], double.IsFinite(rho) ? rho : null);
        }).ToList();
    }

    private static double[] Standardized(double[] values)
    {
        var (mean, spread) = (values.Mean(), values.StandardDeviation());
        return values.Select(v => (v - mean) / spread).ToArray();
    }
}
