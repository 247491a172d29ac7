using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Shortfall.Analysis.Commands;

/// <summary>The options that say how Slurm array tasks are asked for (<see cref="SlurmSettings"/>), shared by <c>shortfall slurm</c> and by
/// <c>calibrate</c> and <c>optimise</c>, where <c>--slurm</c> turns them on.</summary>
internal sealed partial class SlurmOptions
{
    /// <summary>The options; <paramref name="tasks"/> describes --tasks, which <paramref name="required"/> makes required.</summary>
    public SlurmOptions(string tasks, bool required)
    {
        Tasks = CommonOptions.Positive(new Option<int>("--tasks") { Description = tasks, Required = required, HelpName = "T" });
        CpusPerTask = CommonOptions.Positive(new Option<int>("--cpus-per-task")
        {
            Description = "Cores per array task; each task runs on that many threads.",
            DefaultValueFactory = _ => 1,
        });
        Partition = new Option<string?>("--partition") { Description = "The Slurm partition (default: the cluster's).", HelpName = "P" };
        Time = TimeLimit(new Option<string?>("--time") { Description = "Time limit of each array task (default: the partition's).",
            HelpName = "[D-]HH:MM:SS" });
    }

    public Option<int> Tasks { get; }

    public Option<int> CpusPerTask { get; }

    public Option<string?> Partition { get; }

    public Option<string?> Time { get; }

    /// <summary>All four, to add to a command.</summary>
    public IEnumerable<Option> All => [Tasks, CpusPerTask, Partition, Time];

    /// <summary>The settings given.</summary>
    public SlurmSettings Settings(ParseResult parse) =>
        new(parse.GetValue(Tasks), parse.GetValue(CpusPerTask), parse.GetValue(Partition), parse.GetValue(Time));

    /// <summary>The settings when <paramref name="slurm"/> is given, else null.</summary>
    /// <exception cref="UsageException">When --slurm is given without --tasks, or a Slurm option without --slurm.</exception>
    public SlurmSettings? Requested(ParseResult parse, Option<bool> slurm)
    {
        if (!parse.GetValue(slurm))
        {
            var given = parse.GivenNames(All);
            return given.Length == 0 ? null : throw new UsageException($"{given} need --slurm.");
        }

        return parse.Given(Tasks) ? Settings(parse) : throw new UsageException("--slurm needs --tasks T: how many array tasks share each batch.");
    }

    /// <summary>--slurm, which turns the options on for a command that runs locally by default.</summary>
    public static Option<bool> Switch(string description) => new("--slurm") { Description = description };

    /// <summary>Adds a validator that accepts only a Slurm time limit.</summary>
    public static Option<string?> TimeLimit(Option<string?> option)
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text && !TimePattern().IsMatch(text))
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"{option.Name} must be a Slurm time limit [D-]HH:MM:SS, e.g. 02:00:00; not " +
                    $"'{text}'."));
            }
        });
        return option;
    }

    [GeneratedRegex(@"^([0-9]+-)?[0-9]{1,2}:[0-5][0-9]:[0-5][0-9]$")]
    private static partial Regex TimePattern();
}
