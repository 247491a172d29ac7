using System.CommandLine;
using System.CommandLine.Parsing;

namespace Shortfall.Analysis.Commands;

/// <summary>Options several commands share, with their validation: a bad value is a parse error (exit 2) before anything runs.</summary>
internal static class CommonOptions
{
    public static Argument<string> ScenarioFile() => new("FILE") { Description = "The scenario file (YAML)." };

    public static Option<ulong> Seed() => new("--seed")
    {
        Description = "The seed of the random numbers; replication k of every variant uses streams from (seed, k).",
        DefaultValueFactory = _ => 1UL,
    };

    public static Option<int> Threads() => Positive(new Option<int>("--threads")
    {
        Description = "Worker threads running replications (default: all cores). Results do not depend on it.",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    });

    public static Option<string[]> Variant() => new("--variant")
    {
        Description = "A variant to run besides the baseline (repeatable).",
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<bool> AllVariants() => new("--all-variants") { Description = "Run every variant of the scenario file besides the baseline." };

    /// <summary>--shard K/N, checked when parsed.</summary>
    public static Option<string?> Shard(string description)
    {
        var shard = new Option<string?>("--shard") { Description = description, HelpName = "K/N" };
        shard.Validators.Add(result =>
        {
            try
            {
                Sharding.Shard.Parse(result.GetValueOrDefault<string?>() ?? "");
            }
            catch (FormatException e)
            {
                result.AddError($"--shard: {e.Message}");
            }
        });
        return shard;
    }

    public static Option<bool> NoReport() => new("--no-report")
    {
        Description = "Write the results files only, not report.html and the charts (draw them later with 'shortfall plot DIR').",
    };

    public static Option<bool> NoPng() => new("--no-png")
    {
        Description = "Draw the charts as SVG only, without the PNG copies sized for slides.",
    };

    /// <summary>--format parquet|csv: how the per-replication tables are written.</summary>
    public static Option<Output.TableFormat> Format() => new("--format")
    {
        Description = "How replications and destination-months are written: parquet (default; pandas, R, Polars, DuckDB) or csv.",
        HelpName = "parquet|csv",
        DefaultValueFactory = _ => Output.TableFormat.Parquet,
    };

    public static Option<bool> Quiet() => new("--quiet") { Description = "Print nothing but errors and warnings." };

    public static Option<long> Replications(long byDefault, string description) => Positive(new Option<long>("--replications")
    {
        Description = description,
        DefaultValueFactory = _ => byDefault,
    });

    /// <summary>Adds a validator that rejects values ≤ 0.</summary>
    public static Option<T> Positive<T>(Option<T> option) where T : struct, IComparable<T>
    {
        option.Validators.Add(result =>
        {
            if (Converted<T>(result) is { } value && value.CompareTo(default) <= 0)
            {
                result.AddError($"{option.Name} must be positive.");
            }
        });
        return option;
    }

    /// <summary>The option's value, or null when its text did not convert (the parser reports that error itself).</summary>
    public static T? Converted<T>(OptionResult result) where T : struct
    {
        try
        {
            return result.GetValueOrDefault<T?>();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>True when the option was typed, not filled in by its default.</summary>
    public static bool Given(this ParseResult parse, Option option) => parse.GetResult(option) is { Implicit: false };

    /// <summary>The names of those of <paramref name="options"/> that were typed, as "--a, --b"; empty when none was.</summary>
    public static string GivenNames(this ParseResult parse, IEnumerable<Option> options) =>
        string.Join(", ", options.Where(o => parse.Given(o)).Select(o => o.Name));
}
