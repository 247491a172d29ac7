using System.Globalization;
using Shortfall.Analysis.Calibration;
using Shortfall.Analysis.Charts;
using Shortfall.Analysis.Charts.Calibration;

namespace Shortfall.Analysis.Reports;

/// <summary>
/// The calibration's section of a report (calibration.html, and report.html of a run over the posterior): the tolerance schedule, each
/// uncertain number's prior against its posterior, the posterior's pairs, each observation against its posterior-predictive distribution,
/// and which observation constrains which number (<see cref="ConstraintTable"/>). Charts are inline SVG.
/// </summary>
internal static class CalibrationSection
{
    public static void Write(Html html, CalibrationView view)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(view);
        var (inputs, observations, posterior) = (view.Inputs, view.Observations, view.Posterior);
        html.Element("h2", "Calibration");
        html.Element("p", $"{CalibrationFiles.Method}. {view.Schedule.Count} generations; stopped because {view.Stopped}.");
        html.Element("h3", "Tolerance schedule");
        html.Table(["generation", "tolerance", "attempts", "acceptance", "effective sample size"], view.Schedule.Select(g => (IReadOnlyList<TableCell>)
        [
            TableCell.Number(g.Generation.ToString(CultureInfo.InvariantCulture)),
            TableCell.Number(g.Tolerance is { } t ? Number(t) : "∞"),
            TableCell.Number(g.Attempts.ToString(CultureInfo.InvariantCulture)),
            TableCell.Number(g.AcceptanceRate.ToString("P0", CultureInfo.InvariantCulture)),
            TableCell.Number(Number(g.EffectiveSampleSize)),
        ]));
        html.Element("h3", "Prior and posterior of each uncertain number");
        for (var k = 0; k < inputs.Count; k++)
        {
            html.Raw(ChartFiles.Svg(PriorPosteriorChart.Plot(inputs[k], posterior, k), $"prior-{k}"));
        }
        html.Element("h3", "The posterior's pairs");
        for (var a = 0; a < inputs.Count; a++)
        {
            for (var b = a + 1; b < inputs.Count; b++)
            {
                html.Raw(ChartFiles.Svg(PosteriorPairChart.Plot(inputs[a], a, inputs[b], b, posterior), $"pair-{a}-{b}"));
            }
        }
        html.Element("h3", "Each observation against its posterior-predictive distribution");
        for (var o = 0; o < observations.Count; o++)
        {
            html.Raw(ChartFiles.Svg(PredictiveChart.Plot(observations[o], posterior, o), $"predictive-{o}"));
        }
        html.Element("h3", "Which observation constrains which number");
        if (view.Constraints is not { } table)
        {
            html.Element("p", "This calibration's files do not keep it; calibrate again to see it.");
            return;
        }
        html.Table(["", .. inputs.Select(i => i.Path)], Enumerable.Range(0, observations.Count).Select(o => (IReadOnlyList<TableCell>)
            [TableCell.Name(observations[o].Name), .. Enumerable.Range(0, inputs.Count).Select(k => TableCell.Number(Number(table.Correlations[o, k])))])
            .Append([TableCell.Name("posterior spread / prior spread"), .. table.Shrinkage.Select(s => TableCell.Number(Number(s)))]),
            "Spearman correlation over the prior sample between each number and each observation's output (near 0: the observation says nothing " +
            "about it), and the posterior's spread as a share of the prior's (near 1: not pinned down).");
    }

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
