using System.Diagnostics;
using Shortfall.Analysis.Sharding;
using Shortfall.Tests.Analysis;
using Shortfall.Tests.Analysis.Commands;

namespace Shortfall.Tests.Integration;

public class KilledShardTests
{
    [Fact]
    public void A_shard_process_killed_while_writing_leaves_only_a_hidden_temporary_file_that_merge_does_not_accept()
    {
        using var directory = new TemporaryDirectory();
        var parts = directory["parts"];
        var dll = typeof(Shortfall.Analysis.Commands.ShortfallCli).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", [dll, "run", Cli.Onsong, "--replications", "100000", "--shard", "1/2", "--threads", "1", "--out", parts,
            "--quiet"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using (var shard = Process.Start(start)!)
        {
            try
            {
                var clock = Stopwatch.StartNew();
                // Killed once its temporary file has content: midway, with replications written.
                while (TemporaryFiles(parts).All(f => new FileInfo(f).Length < 4096))
                {
                    if (shard.HasExited)
                    {
                        Assert.Fail("the shard finished or failed before it could be killed: " + shard.StandardError.ReadToEnd());
                    }

                    Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), "the shard wrote nothing in two minutes");
                    Thread.Sleep(100);
                }
            }
            finally
            {
                shard.Kill();
                shard.WaitForExit();
            }
        }
        Assert.Single(TemporaryFiles(parts));
        Assert.Empty(Directory.GetFiles(parts, ShardFormat.SearchPattern));
        var (exit, _, error) = Cli.Run("merge", parts, "--out", directory["merged"]);
        Assert.Equal(2, exit);
        Assert.Contains($"{parts}: no shard files", error);
        Assert.False(Directory.Exists(directory["merged"]));
    }

    private static string[] TemporaryFiles(string parts) => Directory.Exists(parts) ? Directory.GetFiles(parts, ".*.tmp") : [];
}
