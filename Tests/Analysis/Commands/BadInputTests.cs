namespace Shortfall.Tests.Analysis.Commands;

public class BadInputTests
{
    public static TheoryData<string[], string> Cases => new()
    {
        { ["run"], "Required argument 'FILE' missing" },
        { ["run", "{onsong}", "--replications", "0"], "--replications must be positive" },
        { ["run", "{onsong}", "--threads", "-2"], "--threads must be positive" },
        { ["run", "{onsong}", "--replications", "many"], "Cannot parse argument 'many' for option '--replications' as a whole number." },
        { ["run", "{onsong}", "--seed", "-1"], "Cannot parse argument '-1' for option '--seed' as a whole number of at least 0." },
        { ["run", "{onsong}", "--precision", "-0.1"], "--precision must be a positive number" },
        { ["run", "{onsong}", "--precision", "0.05", "--replications", "40"], "--replications and --precision exclude each other" },
        { ["run", "{onsong}", "--precision-all"], "need --precision" },
        { ["run", "{onsong}", "--precision", "0.6", "--precision-all"], "at most 0.5" },
        { ["run", "{onsong}", "--precision", "0.05", "--min-replications", "50", "--max-replications", "40"], "is below --min-replications" },
        { ["run", "{onsong}", "--variant", "second-truk"], "no variant named 'second-truk'" },
        { ["run", "{onsong}", "--variant", "second-truck", "--all-variants"], "exclude each other" },
        { ["run", "{missing}"], "cannot read file" },
        { ["run", "{onsong}", "--frobnicate"], "Unrecognized command or argument '--frobnicate'" },
        { ["bench", "{onsong}", "--max-threads", "0"], "--max-threads must be positive" },
        { ["bench", "{onsong}", "--rounds", "0"], "--rounds must be positive" },
        { ["validate"], "Required argument 'FILE' missing" },
        { ["plot-everything"], "Unrecognized command or argument 'plot-everything'" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_exits_with_2_and_a_message_without_a_stack_trace_or_any_output_file(string[] args, string message)
    {
        using var directory = new TemporaryDirectory();
        var results = directory["results"];
        var resolved = args.Select(a => a.Replace("{onsong}", Cli.Onsong).Replace("{missing}", directory["missing.yaml"])).ToList();
        if (resolved.Count >= 2 && resolved[0] == "run")
        {
            resolved.AddRange(["--out", results]);
        }

        var (exit, output, error) = Cli.Run([.. resolved]);
        Assert.Equal(2, exit);
        Assert.Contains(message, error);
        Assert.DoesNotContain("   at ", error);
        Assert.DoesNotContain("System.", error);
        Assert.Equal("", output);
        Assert.False(Directory.Exists(results));
    }

    [Fact]
    public void An_output_directory_that_cannot_be_created_is_bad_input()
    {
        using var directory = new TemporaryDirectory();
        File.WriteAllText(directory["taken"], "a file, not a directory");
        var (exit, _, error) = Cli.Run("run", Cli.Onsong, "--replications", "1", "--out", Path.Combine(directory["taken"], "results"), "--quiet");
        Assert.Equal(2, exit);
        Assert.Contains("cannot create the output directory", error);
    }
}
