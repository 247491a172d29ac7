using System.Globalization;
using System.Security.Cryptography;
using Shortfall.Analysis.Commands;
using Shortfall.Analysis.Optimisation;
using Shortfall.Analysis.Output;
using Shortfall.Analysis.Reports;
using Shortfall.Analysis.Running;
using Shortfall.Configuration;
using Shortfall.Model;
using Shortfall.Model.Definition;
using Shortfall.Randomness;

namespace Shortfall.Analysis.Calibration;

/// <summary>
/// <c>shortfall run FILE --posterior DIR/posterior.csv</c>: every chosen variant on each posterior parameter set. Set i is the file
/// loaded with that set's values under every variant (<see cref="ScenarioLoader.LoadAt"/>: a variant that sets the same path keeps its
/// own value); its replication k runs on the streams (seed, i × r + k) in every variant, so the variants of a set share their random
/// numbers. Writes posterior-effects.csv (each set's mean effect per remedy) and report.html (<see cref="PosteriorReport"/>: the effects, which
/// conclusions are robust, and the calibration's section from the posterior's directory), and prints each remedy's effect over the posterior
/// (<see cref="PosteriorEffects"/>) on the objective (--objective, by default the headline metric).
/// </summary>
internal static class PosteriorRun
{
    private const double Level = 0.9;

    private const string FileName = "posterior-effects.csv";

    public static int Execute(CommandIO io, string path, string posterior, IReadOnlyList<string> names, bool all, int replications, ulong seed,
        int threads, string directory, bool quiet, string? objective)
    {
        var content = File.ReadAllBytes(path);
        var file = ScenarioLoader.Load(content, path);
        var goal = ObjectiveOption.Resolve(objective, file.Baseline.Destinations.Count);
        if (file.Uncertain.Count == 0)
        {
            throw new UsageException($"{path} has no 'uncertain:' section, so a posterior of it has no parameters.");
        }
        IReadOnlyList<(double[] Parameters, double Weight)> sets;
        try
        {
            sets = PosteriorTable.Read(posterior, file.Uncertain);
        }
        catch (ResultsFormatException e)
        {
            throw new UsageException(e.Message);
        }
        var chosen = VariantSelection.Select(file, names, all).Select(v => v.Name).ToArray();
        if (chosen.Length < 2)
        {
            throw new UsageException("--posterior compares remedies with the baseline: choose some with --variant or --all-variants.");
        }
        var model = new ScenarioModel(content, path, file.Uncertain, file.Observations, 1);
        var calibration = Calibration(Path.GetDirectoryName(Path.GetFullPath(posterior))!, file);
        using var results = OutputDirectory.Open(directory);
        var effects = OutputDirectory.Commit(results, () =>
        {
            var values = new double[sets.Count][][];
            var done = 0;
            Parallel.For(0, sets.Count, new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = io.Cancellation }, i =>
            {
                values[i] = Simulate(ScenarioLoader.LoadAt(content, path, model.Override(sets[i].Parameters, $"set {i}")), chosen, goal, replications,
                    seed, (long)i * replications);
                var finished = Interlocked.Increment(ref done);
                if (!quiet && io.Interactive)
                {
                    io.Error.Write($"\rparameter set {finished}/{sets.Count}");
                }
            });
            results.Stage(FileName, Sets(chosen, sets, values, file.Uncertain.Select(u => u.Path).ToArray()));
            // The posterior's bytes decide the results as much as the scenario's do.
            var identity = RunIdentity.Of("run --posterior", file.Baseline.Name, file.ContentHash, seed, replications, chosen.Length,
                [Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(posterior))), goal.Name, .. chosen]);
            var effects = PosteriorEffects.Of(chosen, sets.Select(s => s.Weight).ToArray(), values, Level, goal.Minimise);
            results.Stage(ReportHtml.FileName, System.Text.Encoding.UTF8.GetBytes(
                PosteriorReport.Page(file.Baseline.Name, goal, effects, sets.Count, replications, Level, calibration)));
            return (effects, identity);
        });
        if (!quiet)
        {
            Print(io.Output, goal, effects, sets.Count, replications);
        }
        return ExitCodes.Success;
    }

    // The calibration beside the posterior, for the report; none when its calibration.json is not there.
    private static CalibrationView? Calibration(string directory, ScenarioFile file)
    {
        if (!File.Exists(Path.Combine(directory, CalibrationFiles.JsonFileName)))
        {
            return null;
        }
        try
        {
            return CalibrationView.Read(directory, file.Uncertain, file.Observations);
        }
        catch (ResultsFormatException e)
        {
            throw new UsageException(e.Message);
        }
    }

    // values[variant][replication] of one set.
    private static double[][] Simulate(ScenarioFile file, string[] chosen, Objective goal, int replications, ulong seed, long first)
    {
        var variants = chosen.Select(name => name == VariantSelection.Baseline ? file.Baseline : file.Variants.First(v => v.Name == name).Scenario).ToArray();
        return variants.Select(scenario =>
        {
            var labels = PlantLabels.Of(scenario);
            return Enumerable.Range(0, replications)
                .Select(k => goal.Of(ReplicationMetrics.Of(PlantSimulation.Run(scenario, new RandomStreams(seed, first + k)), labels)))
                .ToArray();
        }).ToArray();
    }

    private static byte[] Sets(string[] chosen, IReadOnlyList<(double[] Parameters, double Weight)> sets, double[][][] values,
        string[] paths)
    {
        var text = new System.Text.StringBuilder();
        Csv.AppendLine(text, new[] { "set", PosteriorTable.Weight }.Concat(paths.Select(Csv.Text)).Concat(chosen.Skip(1).Select(v => Csv.Text($"effect:{v}"))));
        for (var i = 0; i < sets.Count; i++)
        {
            var baseline = values[i][0].Average();
            Csv.AppendLine(text, new[] { Csv.Number(i), Csv.Number(sets[i].Weight) }
                .Concat(sets[i].Parameters.Select(Csv.Number))
                .Concat(values[i].Skip(1).Select(v => Csv.Number(v.Average() - baseline))));
        }
        return System.Text.Encoding.UTF8.GetBytes(text.ToString());
    }

    private static void Print(TextWriter output, Objective goal, IReadOnlyList<RemedyEffect> effects, int sets, int replications)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Effects on {goal.Name} ({goal.Description}; {(goal.Minimise ? "less" : "more")} is better) over the posterior ({sets} parameter sets × " +
            $"{replications} replications; {Level:P0} intervals of the sets' " +
            $"effects, whose spread is parameter plus Monte Carlo uncertainty by the law of total variance):"));
        output.WriteLine($"{"remedy",-22} {"effect",8} {"interval",20} {"sd param",9} {"sd MC",7} {"P(helps)",9} {"P(best)",8}");
        foreach (var e in effects.OrderByDescending(e => goal.Minimise ? -e.Mean : e.Mean))
        {
            var interval = string.Create(CultureInfo.InvariantCulture, $"[{e.Low:+0.00;-0.00;0.00}, {e.High:+0.00;-0.00;0.00}]");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{e.Variant,-22} {e.Mean,8:+0.00;-0.00;0.00} {interval,20} {Math.Sqrt(e.ParameterVariance),9:0.00} " +
                $"{Math.Sqrt(e.MonteCarloVariance),7:0.00} {e.ProbabilityHelps,9:P0} {e.ProbabilityBest,8:P0}"));
        }
    }
}
