using System.Globalization;
using Shortfall.Analysis.Output;
using Shortfall.Analysis.Output.Documents;
using Shortfall.Analysis.Reports;
using Shortfall.Analysis.Running;
using Shortfall.Analysis.Sensitivity;
using Shortfall.Analysis.Statistics;
using Spectre.Console;

namespace Shortfall.Analysis.Commands;

/// <summary>
/// Writes a sweep's files (sweep.json, sweep.csv, then the directory's report with its tornado
/// chart) and its ranking on the console: what <c>shortfall sweep</c> and the merge of a sweep's
/// shards share, so that both give the same bytes.
/// </summary>
internal static class SweepResults
{
    /// <summary>Creates <paramref name="directory"/> if needed and takes it before anything runs, runs or replays the points through
    /// <paramref name="produce"/> and commits the files, then the report (<see cref="ResultsDirectory"/>); a failure leaves the directory as it was.</summary>
    public static int Write(CommandIO io, RunDescription run, SweepMode mode, IReadOnlyList<SweepParameter> inputs, IReadOnlyList<SweepPoint> design,
        string directory, bool quiet, bool report, bool png, Func<Action<long>, RunOutcome> produce)
    {
        using var results = OutputDirectory.Open(directory);
        var sweep = OutputDirectory.Commit(results, () =>
        {
            var replications = ((FixedReplications)run.Stopping).Replications;
            var outcome = ProgressDisplay.Run(io, quiet, $"{run.Scenario} sweep ({design.Count} points)", replications, replications, produce);
            var ranked = new SweepOutcome(mode, inputs, design, outcome, SensitivityRanking.Rank(mode, inputs, design, outcome));
            SweepFiles.Stage(results, run, ranked);
            ReportFiles.RemoveFrom(results);
            return (ranked, RunIdentity.Of("sweep", run, replications, design.Select(p => p.Name).ToList()));
        });
        // Drawn from the saved files, with a run's results if the directory holds them too.
        var page = report ? OutputDirectory.Report(results, png) : null;
        if (!quiet)
        {
            Consoles.Over(io.Output, io.Interactive).Write(Ranking(run.Scenario, sweep));
            io.Output.WriteLine($"Results: {Path.GetFullPath(directory)}");
            if (page is not null)
            {
                io.Output.WriteLine($"Report: {Path.GetFullPath(page)}");
            }
        }
        return ExitCodes.Success;
    }

    private static Table Ranking(string scenario, SweepOutcome sweep)
    {
        var lhs = sweep.Mode == SweepMode.LatinHypercube;
        var baseline = sweep.Run.Variants[0].Headline.Estimate;
        var table = new Table()
            .Title(Markup.Escape($"{scenario}: {sweep.Points.Count} points × {sweep.Run.Replications} replications; the inputs' effects on mean " +
                $"deliveries per destination-month (baseline {ReportNumber.Interval(MeanDocument.Of(baseline))}, 95% CI)"))
            .AddColumns("rank", "input", "range");
        table.AddColumns(lhs
            ? ["standardized coefficient", "Spearman ρ"]
            : [Markup.Escape("change at low [95% CI]"), Markup.Escape("change at high [95% CI]"), "swing"]);
        var ends = sweep.Parameters.Select((_, i) => sweep.EndDifferences(i)).ToArray();
        var changes = ReportNumber.Intervals(ends.SelectMany(e => new[] { e.Low, e.High }).OfType<MeanEstimate>().Select(MeanDocument.Of), signed: true);
        foreach (var effect in sweep.Effects.OrderBy(e => e.Rank))
        {
            var p = effect.Parameter;
            var (low, high) = ends[sweep.Parameters.ToList().IndexOf(p)];
            string[] cells = lhs
                ? [Format(effect.StandardizedCoefficient), Format(effect.Spearman)]
                : [low is null ? "" : changes(MeanDocument.Of(low)), high is null ? "" : changes(MeanDocument.Of(high)), ReportNumber.Value(effect.Effect)];
            table.AddRow([effect.Rank.ToString(CultureInfo.InvariantCulture), Markup.Escape(p.Label), Markup.Escape($"{p.Format(p.Low)} … " +
                $"{p.Format(p.High)}"), .. cells.Select(Markup.Escape)]);
        }
        return table;
    }

    // Standardized coefficients and rank correlations are unitless, between -1 and 1.
    private static string Format(double? value) =>
        value is { } v ? v.ToString("+0.000;-0.000;0.000", CultureInfo.InvariantCulture) : "";
}
