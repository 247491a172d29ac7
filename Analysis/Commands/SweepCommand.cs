using System.CommandLine;
using System.Text;
using Shortfall.Analysis.Output;
using Shortfall.Analysis.Reports;
using Shortfall.Analysis.Running;
using Shortfall.Analysis.Sensitivity;
using Shortfall.Configuration;
using Shortfall.Model.Definition;
using Spectre.Console;

namespace Shortfall.Analysis.Commands;

/// <summary>
/// <c>shortfall sweep FILE --param PATH=LOW:HIGH[:STEPS] ...</c>: runs the baseline and scenario
/// points that change the given inputs (one at a time, or a Latin hypercube), all on common random
/// numbers, ranks the inputs by their effect on the headline mean, and writes sweep.json and
/// sweep.csv, then redraws the directory's report (with the tornado chart). Each point is checked by the scenario loader exactly like a variant.
/// </summary>
internal static class SweepCommand
{
    public static Command Create(CommandIO io)
    {
        var file = CommonOptions.ScenarioFile();
        var parameters = new Option<string[]>("--param")
        {
            Description = "An input to vary, PATH=LOW:HIGH[:STEPS] with the path a variant's set: uses, e.g. carriers.truck.count=1:4 (repeatable).",
            Required = true,
            HelpName = "PATH=LOW:HIGH[:STEPS]",
        };
        var mode = new Option<string>("--mode") { Description = "oat: one at a time (tornado); lhs: Latin hypercube.", DefaultValueFactory = _ => "oat" };
        mode.AcceptOnlyFromAmong("oat", "lhs");
        var points = CommonOptions.Positive(new Option<int>("--points") { Description = "Latin-hypercube points (lhs only).", DefaultValueFactory = _ => 20 });
        var replications = CommonOptions.Replications(30, "Replications of each point.");
        var seed = CommonOptions.Seed();
        var threads = CommonOptions.Threads();
        var output = new Option<string?>("--out") { Description = "The results directory (default: results/<scenario name>/).", HelpName = "DIR" };
        var quiet = CommonOptions.Quiet();
        var noReport = CommonOptions.NoReport();
        var command = new Command("sweep", "Rank inputs by their effect on mean deliveries per destination-month.")
        {
            file, parameters, mode, points, replications, seed, threads, output, quiet, noReport,
        };
        command.SetAction(parse =>
        {
            var sweepMode = parse.GetValue(mode) == "lhs" ? SweepMode.LatinHypercube : SweepMode.OneAtATime;
            if (sweepMode == SweepMode.OneAtATime && parse.Given(points))
                throw new UsageException("--points applies to --mode lhs only; one at a time, give each --param its STEPS.");
            var inputs = Parse(parse.GetValue(parameters) ?? []);
            var path = parse.GetRequiredValue(file);
            var original = ScenarioLoader.Load(path);
            var design = sweepMode == SweepMode.OneAtATime
                ? SweepDesign.OneAtATime(inputs)
                : SweepDesign.LatinHypercube(inputs, LatinPoints(parse.GetValue(points), inputs.Count), parse.GetValue(seed));
            var scenarios = PointScenarios(path, inputs, design);
            var run = new RunDescription(original.Baseline.Name, original.ContentHash, parse.GetValue(seed), new FixedReplications(parse.GetValue(replications)));
            var plan = new RunPlan(scenarios.Select(s => PlantVariants.From(s, run.Seed)).ToArray(), run.Stopping, parse.GetValue(threads));
            var directory = parse.GetValue(output) ?? OutputDirectory.Default(original.Baseline.Name);
            var quietly = parse.GetValue(quiet);
            var created = OutputDirectory.Create(directory);
            SweepOutcome sweep;
            try
            {
                var outcome = ProgressDisplay.Run(io, quietly, $"{run.Scenario} sweep ({design.Count} points)", parse.GetValue(replications), parse.GetValue(replications),
                    progress => MonteCarloRunner.Run(plan, DiscardingSink.Instance, progress, io.Cancellation));
                sweep = new SweepOutcome(sweepMode, inputs, design, outcome, SensitivityRanking.Rank(sweepMode, inputs, design, outcome));
                SweepFiles.Write(directory, run, sweep);
            }
            catch
            {
                OutputDirectory.RemoveIfCreatedAndEmpty(directory, created);
                throw;
            }
            // Drawn from the saved files, with a run's results if the directory holds them too.
            var page = parse.GetValue(noReport) ? null : ReportFiles.Write(directory)[^1];
            if (!quietly)
            {
                Consoles.Over(io.Output, io.Interactive).Write(Ranking(run.Scenario, sweep));
                io.Output.WriteLine($"Results: {Path.GetFullPath(directory)}");
                if (page is not null)
                    io.Output.WriteLine($"Report: {Path.GetFullPath(page)}");
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static List<SweepParameter> Parse(IReadOnlyList<string> texts)
    {
        var inputs = new List<SweepParameter>();
        foreach (var text in texts)
        {
            try
            {
                inputs.Add(SweepParameter.Parse(text));
            }
            catch (FormatException e)
            {
                throw new UsageException(e.Message);
            }
        }
        var repeated = inputs.GroupBy(p => p.Path).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
            throw new UsageException($"--param {repeated.Key} is given twice.");
        return inputs;
    }

    private static int LatinPoints(int points, int inputs)
    {
        // The regression that ranks the inputs needs more points than coefficients.
        if (points < inputs + 2)
            throw new UsageException($"--points must be at least {inputs + 2} for {inputs} input{(inputs == 1 ? "" : "s")}, so that their effects can be told apart.");
        return points;
    }

    // The points as variants of the scenario file, loaded and checked like an analyst's variants;
    // a value the loader rejects is reported against its --param.
    private static IReadOnlyList<Variant> PointScenarios(string path, IReadOnlyList<SweepParameter> inputs, IReadOnlyList<SweepPoint> design)
    {
        var overrides = design.Where(p => !p.IsBaseline).Select(point => (point.Name, (IReadOnlyList<(string, string)>)inputs
            .Select((input, i) => (input, value: point.Values[i]))
            .Where(x => x.value is not null)
            .Select(x => (x.input.Path, x.input.Format(x.value!.Value)))
            .ToArray()));
        var text = ScenarioOverrides.WithVariants(File.ReadAllText(path), overrides);
        ScenarioFile file;
        try
        {
            file = ScenarioLoader.Load(Encoding.UTF8.GetBytes(text), path);
        }
        catch (ScenarioException e)
        {
            var problems = e.Diagnostics.Select(d => $"--param {ParameterPath(d.Path)}: {d.Message}").Distinct();
            throw new UsageException("the sweep's values do not make a valid scenario:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
        }
        return [new Variant(VariantSelection.Baseline, file.Baseline.Description, null, file.Baseline), .. file.Variants];
    }

    // "variants.point-0003.set.carriers.truck.count" → "carriers.truck.count"; other paths unchanged.
    private static string ParameterPath(string path)
    {
        var set = path.IndexOf(".set.", StringComparison.Ordinal);
        return path.StartsWith("variants.", StringComparison.Ordinal) && set > 0 ? path[(set + 5)..] : path;
    }

    private static Table Ranking(string scenario, SweepOutcome sweep)
    {
        var lhs = sweep.Mode == SweepMode.LatinHypercube;
        var table = new Table()
            .Title(Markup.Escape($"{scenario}: {sweep.Points.Count} points × {sweep.Run.Replications} replications"))
            .AddColumns("rank", "input", "range");
        table.AddColumns(lhs ? ["standardized coefficient", "Spearman ρ"] : ["effect at low", "effect at high", "swing"]);
        foreach (var effect in sweep.Effects.OrderBy(e => e.Rank))
        {
            var p = effect.Parameter;
            string[] cells = lhs
                ? [Format(effect.StandardizedCoefficient), Format(effect.Spearman)]
                : [Format(effect.LowEffect), Format(effect.HighEffect), Format(effect.Effect)];
            table.AddRow([effect.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(p.Path), Markup.Escape($"{p.Format(p.Low)} … {p.Format(p.High)}"), .. cells]);
        }
        return table;
    }

    private static string Format(double? value) =>
        value is { } v ? v.ToString("+0.000;-0.000;0.000", System.Globalization.CultureInfo.InvariantCulture) : "";
}
