using Shortfall.Analysis.Output;
using Shortfall.Tests.Analysis.Commands;

namespace Shortfall.Tests.Analysis.Sharding;

/// <summary>
/// The reference scenario run once whole and once as three shards (run in the order 3, 1, 2 on
/// 1, 2 and 1 threads), shared by the tests of a class. Tests that damage shards work on copies.
/// </summary>
public sealed class ShardedOnsong : IDisposable
{
    /// <summary>The run's options; a test may change the count or the seed to make a shard of another run.</summary>
    public static string[] Run(string replications = "7", string seed = "11") =>
        ["--replications", replications, "--variant", "second-truck", "--seed", seed, "--quiet"];

    private readonly TemporaryDirectory _directory = new();

    public ShardedOnsong()
    {
        Succeed(Cli.Run(["run", Cli.Onsong, .. Run(), "--threads", "2", "--out", Whole]));
        foreach (var (shard, threads) in new[] { (3, "1"), (1, "2"), (2, "1") })
        {
            Succeed(Cli.Run(["run", Cli.Onsong, .. Run(), "--threads", threads, "--shard", $"{shard}/3", "--out", Parts]));
        }
    }

    /// <summary>The results of the unsharded run.</summary>
    public string Whole => _directory["whole"];

    /// <summary>The three shard files.</summary>
    public string Parts => _directory["parts"];

    /// <summary>A copy of the parts directory, as <paramref name="name"/> in <paramref name="directory"/>.</summary>
    public string CopyParts(string directory, string name = "parts")
    {
        var copy = Path.Combine(directory, name);
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(Parts))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        return copy;
    }

    /// <summary>Asserts that <paramref name="directory"/> holds exactly the unsharded run's files (results, report and charts), byte for byte.</summary>
    public void AssertSameAsWhole(string directory)
    {
        var expected = Files(Whole);
        Assert.Contains(SummaryJson.FileName, expected);
        Assert.Contains("report.html", expected);
        Assert.Equal(expected, Files(directory));
        foreach (var name in expected)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(Whole, name)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(directory, name))), $"{name} " +
                $"differs from the unsharded run's.");
        }
    }

    private static string[] Files(string directory) =>
        Directory.GetFiles(directory, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(directory, f)).Order(StringComparer.Ordinal).ToArray();

    public static void Succeed((int Exit, string Output, string Error) run) => Assert.True(run.Exit == 0, run.Error);

    public void Dispose() => _directory.Dispose();
}
