using System.Globalization;
using Shortfall.Analysis.Calibration;
using Shortfall.Analysis.Optimisation;

namespace Shortfall.Analysis.Reports;

/// <summary>
/// report.html of <c>shortfall run --posterior</c>: each remedy's effect over the posterior with its interval, the part of its spread the
/// parameters make and the part the replications make, the chance it helps and that it is the best, and whether that conclusion is robust
/// or depends on assumptions the observations do not pin down; then the calibration's section (<see cref="CalibrationSection"/>) when the
/// posterior's directory holds its calibration.json.
/// </summary>
internal static class PosteriorReport
{
    /// <summary>The share of the posterior a conclusion must hold on to count as robust.</summary>
    public const double Robust = 0.95;

    public static string Page(string scenario, Objective goal, IReadOnlyList<RemedyEffect> effects, int sets, int replications, double level,
        CalibrationView? calibration)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(effects);
        var html = Reports.Page.Start($"{scenario}: remedies over the calibrated posterior");
        html.Element("p",
            string.Create(CultureInfo.InvariantCulture, $"Every remedy and the baseline ran on each of the posterior's {sets} weighted parameter sets, ") +
            string.Create(CultureInfo.InvariantCulture, $"{replications} replications each, on common random numbers within a set. An effect's ") +
            string.Create(CultureInfo.InvariantCulture, $"{level:P0} interval runs between weighted quantiles of the sets' mean effects, so it carries ") +
            "both the parameters' uncertainty and the Monte Carlo error; the law of total variance splits its spread into the two. " +
            string.Create(CultureInfo.InvariantCulture, $"A conclusion is robust when it holds on at least {Robust:P0} of the posterior."));
        html.Table(["remedy", "effect", "interval", "sd from parameters", "sd from replications", "P(helps)", "P(best)", "conclusion"],
            effects.OrderByDescending(e => goal.Minimise ? -e.Mean : e.Mean).Select(e => (IReadOnlyList<TableCell>)
            [
                TableCell.Name(e.Variant),
                TableCell.Number(Signed(e.Mean)),
                TableCell.Number($"[{Signed(e.Low)}, {Signed(e.High)}]"),
                TableCell.Number(Number(Math.Sqrt(e.ParameterVariance))),
                TableCell.Number(Number(Math.Sqrt(e.MonteCarloVariance))),
                TableCell.Number(e.ProbabilityHelps.ToString("P0", CultureInfo.InvariantCulture)),
                TableCell.Number(e.ProbabilityBest.ToString("P0", CultureInfo.InvariantCulture)),
                TableCell.Of(Conclusion(e)),
            ]), $"Effects on {goal.Name} ({goal.Description}; {(goal.Minimise ? "less" : "more")} is better) against the baseline; " +
            "posterior-effects.csv holds each set's.");
        if (calibration is null)
        {
            html.Element("p", "The posterior's directory holds no calibration.json, so the calibration's own section is not shown.");
        }
        else
        {
            CalibrationSection.Write(html, calibration);
        }
        return Reports.Page.End(html);
    }

    /// <summary>What the posterior says of a remedy: robust either way, or dependent on the assumptions (and on which kind of uncertainty).</summary>
    public static string Conclusion(RemedyEffect effect)
    {
        ArgumentNullException.ThrowIfNull(effect);
        if (effect.ProbabilityHelps >= Robust)
        {
            return "robust: helps";
        }
        if (effect.ProbabilityHelps <= 1 - Robust)
        {
            return "robust: does not help";
        }
        return effect.ParameterVariance > effect.MonteCarloVariance
            ? "depends on assumptions the observations leave open"
            : "unclear: more replications per set would tell";
    }

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Signed(double value) => value.ToString("+0.###;-0.###;0", CultureInfo.InvariantCulture);
}
