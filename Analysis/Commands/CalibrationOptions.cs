using System.CommandLine;
using System.Globalization;
using Shortfall.Analysis.Calibration;

namespace Shortfall.Analysis.Commands;

/// <summary>
/// The options that say how a calibration runs (--particles, --replications-per-point, --generations or --until-acceptance), shared by
/// <c>shortfall calibrate</c> and by <c>shortfall slurm --calibrate</c>, which passes them on to the calibrate its job runs: one definition,
/// one check.
/// </summary>
internal sealed class CalibrationOptions
{
    // With --until-acceptance, the generations are capped here rather than by --generations.
    private const int MostGenerations = 30;

    public CalibrationOptions()
    {
        Particles = CommonOptions.Positive(new Option<int>("--particles")
        {
            Description = "Accepted parameter sets per generation (at least 2).",
            DefaultValueFactory = _ => 500,
            HelpName = "N",
        });
        Particles.Validators.Add(result =>
        {
            if (CommonOptions.Converted<int>(result) == 1)
            {
                result.AddError("--particles must be at least 2: a generation's weights need two particles to spread.");
            }
        });
        ReplicationsPerPoint = CommonOptions.Positive(new Option<int>("--replications-per-point")
        {
            Description = "Replications simulated at each parameter set.",
            DefaultValueFactory = _ => 1,
            HelpName = "R",
        });
        Generations = CommonOptions.Positive(new Option<int>("--generations")
        {
            Description = string.Create(CultureInfo.InvariantCulture,
                $"Generations to run, the first (from the prior) included; with --until-acceptance at most {MostGenerations}."),
            DefaultValueFactory = _ => 6,
            HelpName = "G",
        });
        UntilAcceptance = new Option<double?>("--until-acceptance")
        {
            Description = "Stop after the first generation whose acceptance rate falls below A (0 < A < 1).",
            HelpName = "A",
        };
        UntilAcceptance.Validators.Add(result =>
        {
            if (CommonOptions.Converted<double>(result) is { } a && !(a > 0 && a < 1))
            {
                result.AddError("--until-acceptance must lie between 0 and 1, e.g. 0.05.");
            }
        });
    }

    public Option<int> Particles { get; }

    public Option<int> ReplicationsPerPoint { get; }

    public Option<int> Generations { get; }

    public Option<double?> UntilAcceptance { get; }

    /// <summary>All four, to add to a command.</summary>
    public IEnumerable<Option> All => [Particles, ReplicationsPerPoint, Generations, UntilAcceptance];

    /// <summary>The calibration the options give, with <paramref name="seed"/> and <paramref name="threads"/>.</summary>
    /// <exception cref="UsageException">When both --generations and --until-acceptance are given.</exception>
    public AbcSettings Settings(ParseResult parse, ulong seed, int threads)
    {
        if (parse.Given(Generations) && parse.Given(UntilAcceptance))
        {
            throw new UsageException("give --generations or --until-acceptance, not both.");
        }

        var until = parse.GetValue(UntilAcceptance);
        return new AbcSettings(parse.GetValue(Particles), until is null ? parse.GetValue(Generations) : MostGenerations, until, seed, threads);
    }

    /// <summary>The options that give <paramref name="settings"/> and <paramref name="perPoint"/> again, every one spelled out, for a command
    /// line.</summary>
    public static string[] Arguments(AbcSettings settings, int perPoint)
    {
        ArgumentNullException.ThrowIfNull(settings);
        string[] stop = settings.UntilAcceptance is { } a
            ? ["--until-acceptance", a.ToString("R", CultureInfo.InvariantCulture)]
            : ["--generations", settings.Generations.ToString(CultureInfo.InvariantCulture)];
        return
        [
            "--particles", settings.Particles.ToString(CultureInfo.InvariantCulture),
            "--replications-per-point", perPoint.ToString(CultureInfo.InvariantCulture),
            .. stop,
            "--seed", settings.Seed.ToString(CultureInfo.InvariantCulture),
        ];
    }
}
