using Shortfall.Analysis.Output;
using Shortfall.Tests.Analysis.Commands;

namespace Shortfall.Tests.Analysis.Output;

/// <summary>The output directory as one unit: one writer at a time, stale temporaries removed, an unwritable directory refused before
/// anything runs, and a commit that leaves the old set whole until the new one is on disk.</summary>
public class ResultsDirectoryTests
{
    [Fact]
    public void A_second_writer_is_refused_with_exit_2_while_one_holds_the_directory()
    {
        using var directory = new TemporaryDirectory();
        using (ResultsDirectory.Open(directory.Path))
        {
            var (exit, _, error) = Cli.Run("run", Cli.Onsong, "--replications", "1", "--out", directory.Path, "--quiet");
            Assert.Equal(2, exit);
            Assert.Equal($"shortfall: another shortfall command is writing to '{directory.Path}'; wait for it to finish or give another --out.\n",
                error.Replace("\r\n", "\n", StringComparison.Ordinal));
        }
        Assert.Empty(directory.Files());
        Assert.Equal(0, Cli.Run("run", Cli.Onsong, "--replications", "1", "--out", directory.Path, "--quiet").Exit);
    }

    [Fact]
    public void Temporaries_a_stopped_writer_left_are_removed_by_the_next_one()
    {
        using var directory = new TemporaryDirectory();
        Directory.CreateDirectory(directory["charts"]);
        var stale = new[] { directory[".replications.csv.0123.tmp"], Path.Combine(directory["charts"], ".headline.svg.4567.tmp") };
        foreach (var file in stale)
        {
            File.WriteAllText(file, "left by a killed run");
        }

        Assert.Equal(0, Cli.Run("run", Cli.Onsong, "--replications", "1", "--out", directory.Path, "--quiet").Exit);
        Assert.All(stale, file => Assert.False(File.Exists(file), file));
    }

    [Fact]
    public void A_directory_that_cannot_be_written_is_refused_before_anything_runs()
    {
        // A directory no user can write to, root included (a chmod would not stop the root this CI runs as).
        const string Unwritable = "/proc/1";
        Assert.True(Directory.Exists(Unwritable), "this test needs Linux's /proc");
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var (exit, output, error) = Cli.Run("run", Cli.Onsong, "--replications", "1000000", "--out", Unwritable);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.StartsWith($"shortfall: cannot write to the output directory '{Unwritable}': ", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "a million replications would take far longer: it simulated first");
    }

    [Fact]
    public void A_commit_that_fails_before_the_switch_leaves_the_old_set_whole()
    {
        using var directory = new TemporaryDirectory();
        Assert.Equal(0, Cli.Run("run", Cli.Onsong, "--replications", "1", "--out", directory.Path, "--quiet", "--no-report").Exit);
        var before = directory.Files().ToDictionary(f => f, f => File.ReadAllBytes(directory[f]));

        using (var results = ResultsDirectory.Open(directory.Path))
        {
            results.Stage("summary.json", "{}"u8);
            results.Remove("replications.csv");
            // What a full disk or a kill before the switch amounts to: the staged files are never committed.
        }

        Assert.Equal(before.Keys, directory.Files());
        Assert.All(before, f => Assert.Equal(f.Value, File.ReadAllBytes(directory[f.Key])));
        Assert.Equal(0, Cli.Run("plot", directory.Path, "--quiet").Exit);
    }
}
