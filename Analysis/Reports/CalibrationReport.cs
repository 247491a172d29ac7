using System.Text;
using Shortfall.Analysis.Calibration;
using Shortfall.Analysis.Output;
using Shortfall.Model.Definition;

namespace Shortfall.Analysis.Reports;

/// <summary>calibration.html: the calibration's section (<see cref="CalibrationSection"/>) as a page of its own, in the report's style.</summary>
internal static class CalibrationReport
{
    /// <summary>The page's file name.</summary>
    public const string FileName = "calibration.html";

    public static void Stage(ResultsDirectory results, ScenarioFile file, AbcOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(file);
        var html = Page.Start($"Calibration of {file.Baseline.Name}");
        CalibrationSection.Write(html, CalibrationView.Of(outcome, file.Uncertain, file.Observations));
        results.Stage(FileName, Encoding.UTF8.GetBytes(Page.End(html)));
    }
}
