using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Shortfall.Analysis.Output.Documents;
using Shortfall.Analysis.Running;
using Shortfall.Analysis.Sensitivity;

namespace Shortfall.Analysis.Output;

/// <summary>
/// sweep.json and sweep.csv, committed with the directory (<see cref="ResultsDirectory"/>): the inputs with their effects and ranks, and
/// every point with its values, its headline mean and interval, and its paired difference against
/// the baseline point. Same rules as summary.json: fixed key order, round-trip numbers, null for
/// what is undefined (and, in sweep.csv, an empty cell for an input at its baseline value).
/// </summary>
public static class SweepFiles
{
    /// <summary>The JSON file's name.</summary>
    public const string JsonFileName = "sweep.json";

    /// <summary>The CSV file's name.</summary>
    public const string CsvFileName = "sweep.csv";

    /// <summary>Stages both files in <paramref name="directory"/> for its next commit.</summary>
    public static void Stage(ResultsDirectory directory, RunDescription run, SweepOutcome sweep)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(sweep);
        directory.Stage(CsvFileName, Csv(sweep));
        directory.Stage(JsonFileName, Json(run, sweep));
    }

    /// <summary>sweep.csv: one row per point.</summary>
    public static byte[] Csv(SweepOutcome sweep)
    {
        var text = new StringBuilder();
        Output.Csv.AppendLine(text, new[] { "point" }
            .Concat(sweep.Parameters.Select(p => Output.Csv.Text(p.Path)))
            .Concat(["mean", "ci_low", "ci_high", "difference", "difference_ci_low", "difference_ci_high"]));
        foreach (var point in sweep.Points)
        {
            var variant = sweep.Run.Variants[point.Index];
            var difference = variant.Difference;
            Output.Csv.AppendLine(text, new[] { Output.Csv.Number(point.Index) }
                .Concat(point.Values.Select(v => v is { } x ? Output.Csv.Number(x) : ""))
                .Concat(new[] { variant.Headline.Estimate.Mean, variant.Headline.Estimate.CiLow, variant.Headline.Estimate.CiHigh, difference?.Mean,
                    difference?.CiLow, difference?.CiHigh }
                    .Select(v => v is { } x ? Output.Csv.Number(x) : "")));
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>sweep.json.</summary>
    public static byte[] Json(RunDescription run, SweepOutcome sweep)
    {
        var document = Document(run, sweep);
        return JsonOutput.Document(document, Contract);
    }

    /// <summary>The contract of sweep.json, generated from <see cref="SweepDocument"/>.</summary>
    public static JsonTypeInfo<SweepDocument> Contract => ResultDocumentsContext.Default.SweepDocument;

    /// <summary>What sweep.json records of <paramref name="sweep"/>.</summary>
    public static SweepDocument Document(RunDescription run, SweepOutcome sweep)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(sweep);
        return new SweepDocument
        {
            Scenario = run.Scenario,
            ScenarioHash = run.ScenarioHash,
            Seed = run.Seed,
            Replications = sweep.Run.Replications,
            Mode = sweep.Mode == SweepMode.OneAtATime ? "oat" : "lhs",
            HeadlineMetric = sweep.Run.Variants[0].Headline.Metric.Name(),
            Ranking = sweep.Effects.OrderBy(e => e.Rank).Select(e => e.Parameter.Path).ToArray(),
            Parameters = sweep.Effects.Select(e => new SweepParameterDocument
            {
                Path = e.Parameter.Path,
                Label = e.Parameter.Label,
                Low = e.Parameter.Low,
                High = e.Parameter.High,
                Unit = e.Parameter.Unit,
                Steps = e.Parameter.Steps,
                Rank = e.Rank,
                Effect = e.Effect,
                LowEffect = e.LowEffect,
                HighEffect = e.HighEffect,
                StandardizedCoefficient = e.StandardizedCoefficient,
                Spearman = e.Spearman,
            }).ToArray(),
            Points = sweep.Points.Select(point =>
            {
                var variant = sweep.Run.Variants[point.Index];
                return new SweepPointDocument(
                    point.Index,
                    sweep.Parameters.Select((p, i) => (p.Path, Value: point.Values[i])).ToDictionary(x => x.Path, x => x.Value),
                    MeanDocument.Of(variant.Headline.Estimate),
                    variant.Difference is { } d ? MeanDocument.Of(d) : null);
            }).ToArray(),
        };
    }
}
