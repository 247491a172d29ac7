using System.CommandLine;
using System.Globalization;
using Shortfall.Analysis.Sharding;

namespace Shortfall.Analysis.Commands;

/// <summary>
/// The options that define a sweep (--param, --mode, --points), shared by <c>shortfall sweep</c>
/// and <c>shortfall slurm</c>, which passes them on to its array tasks: one definition, one check.
/// </summary>
internal sealed class SweepOptions
{
    private const string OneAtATime = "oat", LatinHypercube = "lhs";

    public SweepOptions(string parameterDescription, bool required)
    {
        Parameters = new Option<string[]>("--param")
        {
            Description = parameterDescription,
            Required = required,
            HelpName = "PATH=LOW:HIGH[:STEPS]",
        };
        Mode = new Option<string>("--mode") { Description = "oat: one at a time (tornado); lhs: Latin hypercube.", DefaultValueFactory = _ => OneAtATime };
        Mode.AcceptOnlyFromAmong(OneAtATime, LatinHypercube);
        Points = CommonOptions.Positive(new Option<int>("--points") { Description = "Latin-hypercube points (lhs only).", DefaultValueFactory = _ => 20 });
    }

    public Option<string[]> Parameters { get; }

    public Option<string> Mode { get; }

    public Option<int> Points { get; }

    /// <summary>The sweep the options give, or null when no --param is given.</summary>
    /// <exception cref="UsageException">When --mode or --points come without --param, or --points with --mode oat.</exception>
    public SweepSpecification? Specification(ParseResult parse)
    {
        var texts = parse.GetValue(Parameters) ?? [];
        if (texts.Length == 0)
        {
            if (parse.Given(Mode) || parse.Given(Points))
            {
                throw new UsageException("--mode and --points belong to a sweep: give its inputs with --param.");
            }

            return null;
        }
        var specification = new SweepSpecification(parse.GetRequiredValue(Mode), texts, parse.GetValue(Points));
        if (specification.Mode == OneAtATime && parse.Given(Points))
        {
            throw new UsageException("--points applies to --mode lhs only; one at a time, give each --param its STEPS.");
        }

        return specification;
    }

    /// <summary>The options that give <paramref name="specification"/> again, for a command line.</summary>
    public static string[] Arguments(SweepSpecification specification)
    {
        ArgumentNullException.ThrowIfNull(specification);
        string[] mode = specification.Mode == LatinHypercube
            ? ["--mode", LatinHypercube, "--points", specification.Points.ToString(CultureInfo.InvariantCulture)]
            : ["--mode", OneAtATime];
        return [.. specification.Parameters.SelectMany(p => new[] { "--param", p }), .. mode];
    }
}
