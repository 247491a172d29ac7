using System.CommandLine;
using Shortfall.Analysis.Output;
using Shortfall.Analysis.Running;
using Shortfall.Analysis.Sensitivity;
using Shortfall.Analysis.Sharding;
using Shortfall.Configuration;
using Shortfall.Model.Definition;

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
        var sweepOptions = new SweepOptions(
            "An input to vary, PATH=LOW:HIGH[:STEPS] with the path a variant's set: uses, e.g. carriers.truck.count=1:4 (repeatable).", required: true);
        var replications = CommonOptions.Replications(30, "Replications of each point.");
        var seed = CommonOptions.Seed();
        var threads = CommonOptions.Threads();
        var output = new Option<string?>("--out") { Description = "The results directory (default: results/<scenario name>/sweep/, apart from the run's, " +
            "whose replications it would otherwise sit beside; give the run's directory to add the tornado to its report).", HelpName = "DIR" };
        var quiet = CommonOptions.Quiet();
        var noReport = CommonOptions.NoReport();
        var noPng = CommonOptions.NoPng();
        var shard = CommonOptions.Shard("Run only shard K of N of every point's replications, written as a shard file for 'shortfall merge'.");
        var command = new Command("sweep", "Rank inputs by their effect on mean deliveries per destination-month.")
        {
            file, sweepOptions.Parameters, sweepOptions.Mode, sweepOptions.Points, replications, seed, threads, output, shard, quiet, noReport, noPng,
        };
        command.SetAction(parse =>
        {
            // --param is required, so there is always a sweep.
            var specification = sweepOptions.Specification(parse)!;
            var part = parse.GetValue(shard) is { } text ? Shard.Parse(text) : (Shard?)null;
            var path = parse.GetRequiredValue(file);
            var original = ScenarioLoader.Load(path);
            // Each input named as a reader would, from the scenario's own names; the shards carry the labels to their merge.
            var template = ScenarioLoader.Prepare(File.ReadAllBytes(path), path);
            specification = specification with { Labels = Design(specification, parse.GetValue(seed)).Inputs.Select(i => template.Label(i.Path)).ToArray() };
            var (sweepMode, inputs, design) = Design(specification, parse.GetValue(seed));
            var scenarios = PointScenarios(path, inputs, design);
            var run = new RunDescription(original.Baseline.Name, original.ContentHash, parse.GetValue(seed),
                new FixedReplications(parse.GetValue(replications))) { Currency = original.Baseline.Currency };
            var plan = new RunPlan(scenarios.Select(s => PlantVariants.From(s, run.Seed)).ToArray(), run.Stopping, parse.GetValue(threads));
            var directory = parse.GetValue(output) ?? Path.Combine(OutputDirectory.Default(original.Baseline.Name), "sweep");
            if (part is { } k)
            {
                return ShardRun.Execute(io, plan, run, k, parse.GetValue(output) ?? Path.Combine(directory, "parts"), parse.GetValue(quiet), specification);
            }

            return SweepResults.Write(io, run, sweepMode, inputs, design, directory, parse.GetValue(quiet), !parse.GetValue(noReport), !parse.GetValue(noPng),
                progress => MonteCarloRunner.Run(plan, DiscardingSink.Instance, progress, io.Cancellation));
        });
        return command;
    }

    /// <summary>The sweep's inputs and points, from its options: the same for the sweep and for the merge of its shards.</summary>
    /// <exception cref="UsageException">When a --param is malformed or repeated, or there are too few Latin-hypercube points.</exception>
    public static (SweepMode Mode, IReadOnlyList<SweepParameter> Inputs, IReadOnlyList<SweepPoint> Design) Design(SweepSpecification specification, ulong seed)
    {
        var mode = specification.SweepMode;
        var inputs = Parse(specification.Parameters)
            .Select((input, i) => i < specification.Labels.Count ? input with { Label = specification.Labels[i] } : input).ToArray();
        var design = mode == SweepMode.OneAtATime
            ? SweepDesign.OneAtATime(inputs)
            : SweepDesign.LatinHypercube(inputs, LatinPoints(specification.Points, inputs.Length), seed);
        return (mode, inputs, design);
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
        {
            throw new UsageException($"--param {repeated.Key} is given twice.");
        }

        return inputs;
    }

    private static int LatinPoints(int points, int inputs)
    {
        // The regression that ranks the inputs needs more points than coefficients.
        if (points < inputs + 2)
        {
            throw new UsageException($"--points must be at least {inputs + 2} for {inputs} input{(inputs == 1 ? "" : "s")}, so that their effects can be " +
                $"told apart.");
        }

        return points;
    }

    // The points as variants of the scenario file, loaded and checked like an analyst's variants;
    // a value the loader rejects is reported against its --param.
    public static IReadOnlyList<Variant> PointScenarios(string path, IReadOnlyList<SweepParameter> inputs, IReadOnlyList<SweepPoint> design)
    {
        var overrides = design.Where(p => !p.IsBaseline).Select(point => new ScenarioOverride(point.Name, inputs
            .Select((input, i) => (input, value: point.Values[i]))
            .Where(x => x.value is not null)
            .Select(x => (x.input.Path, x.input.Format(x.value!.Value)))
            .ToArray()) { NumbersOnly = true }).ToArray();
        ScenarioFile file;
        try
        {
            file = ScenarioLoader.Load(path, overrides);
        }
        catch (ScenarioException e)
        {
            // A problem of the file itself keeps its place; one an override brings has none, and names its path. A --param
            // that every point gets wrong is told once, at its first point, not once per point.
            var problems = e.Diagnostics.GroupBy(d => d.Line > 0 ? d.ToString() : d.Path, StringComparer.Ordinal)
                .Select(g => g.First()).Select(d => d.Line > 0 ? d.ToString() : $"--param {d.Path}: {d.Message}");
            throw new UsageException("the sweep's values do not make a valid scenario:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
        }
        return [new Variant(VariantSelection.Baseline, file.Baseline.Description, null, file.Baseline), .. file.Variants];
    }
}
