using System.Globalization;
using System.Text;
using Shortfall.Analysis.Calibration;
using Shortfall.Analysis.Charts;
using Shortfall.Analysis.Charts.Calibration;
using Shortfall.Analysis.Output;
using Shortfall.Model.Definition;

namespace Shortfall.Analysis.Reports;

/// <summary>
/// calibration.html, the report section of a calibration: the tolerance schedule, each parameter's prior against its posterior,
/// the posterior's pairs, each observation against its posterior-predictive distribution, and which observation constrains which
/// parameter (<see cref="ConstraintTable"/>). Charts are inline SVG, so the page stands alone.
/// </summary>
internal static class CalibrationReport
{
    public static void Stage(ResultsDirectory results, ScenarioFile file, AbcOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(results);
        var posterior = outcome.Posterior;
        var inputs = file.Uncertain;
        var html = new Html();
        html.Raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"/><title>Calibration</title></head>\n<body>\n");
        html.Element("h1", $"Calibration of {file.Baseline.Name}");
        html.Element("p", $"{CalibrationFiles.Method}. {outcome.Generations.Count} generations; stopped because {outcome.StopReason}.");
        html.Element("h2", "Tolerance schedule");
        html.Open("table").Raw("<tr><th>generation</th><th>tolerance</th><th>attempts</th><th>acceptance</th><th>effective sample size</th></tr>\n");
        foreach (var g in outcome.Generations)
        {
            Row(html, g.Index.ToString(CultureInfo.InvariantCulture), double.IsPositiveInfinity(g.Tolerance) ? "∞" : Number(g.Tolerance),
                g.Attempts.ToString(CultureInfo.InvariantCulture), g.AcceptanceRate.ToString("P0", CultureInfo.InvariantCulture),
                Number(g.EffectiveSampleSize));
        }
        html.Close("table");
        html.Element("h2", "Prior and posterior of each uncertain number");
        for (var k = 0; k < inputs.Count; k++)
        {
            html.Raw(ChartFiles.Svg(PriorPosteriorChart.Plot(inputs[k], posterior, k), $"prior-{k}"));
        }
        html.Element("h2", "The posterior's pairs");
        for (var a = 0; a < inputs.Count; a++)
        {
            for (var b = a + 1; b < inputs.Count; b++)
            {
                html.Raw(ChartFiles.Svg(PosteriorPairChart.Plot(inputs[a], a, inputs[b], b, posterior), $"pair-{a}-{b}"));
            }
        }
        html.Element("h2", "Each observation against its posterior-predictive distribution");
        for (var o = 0; o < file.Observations.Count; o++)
        {
            html.Raw(ChartFiles.Svg(PredictiveChart.Plot(file.Observations[o], posterior, o), $"predictive-{o}"));
        }
        html.Element("h2", "Which observation constrains which number");
        html.Element("p", "Spearman correlation over the prior sample between each number and each observation's output (near 0: the observation " +
            "says nothing about it), and the posterior's spread as a share of the prior's (near 1: not pinned down).");
        var table = ConstraintTable.Of(outcome, new ProposalSpace(inputs.Select(i => i.Prior).ToArray()));
        html.Open("table").Raw("<tr><th></th>" + string.Concat(inputs.Select(i => $"<th>{Charts.MarkupText.Escape(i.Path)}</th>")) + "</tr>\n");
        for (var o = 0; o < file.Observations.Count; o++)
        {
            Row(html, [file.Observations[o].Name, .. Enumerable.Range(0, inputs.Count).Select(k => Number(table.Correlations[o, k]))]);
        }
        Row(html, ["posterior spread / prior spread", .. table.Shrinkage.Select(Number)]);
        html.Close("table");
        html.Raw("</body>\n</html>\n");
        results.Stage("calibration.html", Encoding.UTF8.GetBytes(html.ToString()));
    }

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static void Row(Html html, params string[] cells) =>
        html.Raw("<tr>" + string.Concat(cells.Select(c => $"<td>{Charts.MarkupText.Escape(c)}</td>")) + "</tr>\n");
}
