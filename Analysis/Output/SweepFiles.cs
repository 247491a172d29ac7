using System.Text;
using System.Text.Json;
using Shortfall.Analysis.Running;
using Shortfall.Analysis.Sensitivity;

namespace Shortfall.Analysis.Output;

/// <summary>
/// sweep.json and sweep.csv, written atomically: the inputs with their effects and ranks, and
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

    /// <summary>Writes both files into <paramref name="directory"/>, which must exist.</summary>
    public static void Write(string directory, RunDescription run, SweepOutcome sweep)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        AtomicFile.WriteAllBytes(Path.Combine(directory, CsvFileName), Csv(sweep));
        AtomicFile.WriteAllBytes(Path.Combine(directory, JsonFileName), Json(run, sweep));
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
                .Concat(new[] { variant.Headline.Estimate.Mean, variant.Headline.Estimate.CiLow, variant.Headline.Estimate.CiHigh, difference?.Mean, difference?.CiLow, difference?.CiHigh }
                    .Select(v => v is { } x ? Output.Csv.Number(x) : "")));
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>sweep.json.</summary>
    public static byte[] Json(RunDescription run, SweepOutcome sweep)
    {
        ArgumentNullException.ThrowIfNull(run);
        return JsonOutput.Document(json =>
        {
            json.WriteStartObject();
            json.WriteString("scenario", run.Scenario);
            json.WriteString("scenario_hash", run.ScenarioHash);
            json.WriteNumber("seed", run.Seed);
            json.WriteNumber("replications", sweep.Run.Replications);
            json.WriteString("mode", sweep.Mode == SweepMode.OneAtATime ? "oat" : "lhs");
            json.WriteString("headline_metric", sweep.Run.Variants[0].Headline.Metric.Name());
            json.WriteStartArray("ranking");
            foreach (var effect in sweep.Effects.OrderBy(e => e.Rank))
                json.WriteStringValue(effect.Parameter.Path);
            json.WriteEndArray();
            json.WriteStartArray("parameters");
            foreach (var effect in sweep.Effects)
                WriteEffect(json, effect);
            json.WriteEndArray();
            json.WriteStartArray("points");
            foreach (var point in sweep.Points)
                WritePoint(json, sweep, point);
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void WriteEffect(Utf8JsonWriter json, ParameterEffect effect)
    {
        var p = effect.Parameter;
        json.WriteStartObject();
        json.WriteString("path", p.Path);
        Number(json, "low", p.Low);
        Number(json, "high", p.High);
        json.WriteString("unit", p.Unit);
        json.WriteNumber("steps", p.Steps);
        json.WriteNumber("rank", effect.Rank);
        Number(json, "effect", effect.Effect);
        Number(json, "low_effect", effect.LowEffect);
        Number(json, "high_effect", effect.HighEffect);
        Number(json, "standardized_coefficient", effect.StandardizedCoefficient);
        Number(json, "spearman", effect.Spearman);
        json.WriteEndObject();
    }

    private static void WritePoint(Utf8JsonWriter json, SweepOutcome sweep, SweepPoint point)
    {
        var variant = sweep.Run.Variants[point.Index];
        json.WriteStartObject();
        json.WriteNumber("point", point.Index);
        json.WriteStartObject("values");
        for (var p = 0; p < sweep.Parameters.Count; p++)
            Number(json, sweep.Parameters[p].Path, point.Values[p]);
        json.WriteEndObject();
        JsonOutput.Mean(json, "headline", variant.Headline.Estimate);
        JsonOutput.Mean(json, "difference_vs_baseline", variant.Difference);
        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, double? value) => JsonOutput.Number(json, name, value);
}
