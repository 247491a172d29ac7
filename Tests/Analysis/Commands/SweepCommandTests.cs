using System.Text.Json;
using Shortfall.Analysis.Output;

namespace Shortfall.Tests.Analysis.Commands;

public class SweepCommandTests
{
    [Fact]
    public void A_one_at_a_time_sweep_writes_a_row_per_point_and_ranks_every_input_the_same_on_any_thread_count()
    {
        byte[] Sweep(string threads, out string[] csv, out JsonElement json)
        {
            using var directory = new TemporaryDirectory();
            var (exit, _, error) = Cli.Run("sweep", Cli.Onsong, "--param", "carriers.truck.count=1:2", "--param", "power.capacity=20 kW:40 kW:3",
                "--replications", "2", "--threads", threads, "--out", directory.Path, "--quiet");
            Assert.True(exit == 0, error);
            Assert.Equal([ResultsDirectory.ManifestName, "report.html", SweepFiles.CsvFileName, SweepFiles.JsonFileName], directory.Files());
            Assert.True(File.Exists(Path.Combine(directory.Path, "charts", "tornado.svg")));
            csv = File.ReadAllLines(directory[SweepFiles.CsvFileName]);
            var bytes = File.ReadAllBytes(directory[SweepFiles.JsonFileName]);
            json = JsonDocument.Parse(bytes).RootElement.Clone();
            return bytes;
        }

        var one = Sweep("1", out var csv, out var json);
        Assert.Equal(1 + 1 + 2 + 3, csv.Length);
        Assert.Equal("point,carriers.truck.count,power.capacity,mean,ci_low,ci_high,difference,difference_ci_low,difference_ci_high", csv[0]);
        Assert.StartsWith("1,1,,", csv[2]);
        Assert.Equal(["carriers.truck.count", "power.capacity"], json.GetProperty("ranking").EnumerateArray().Select(r => r.GetString()).Order());
        Assert.Equal("oat", json.GetProperty("mode").GetString());
        Assert.True(one.AsSpan().SequenceEqual(Sweep("2", out _, out _)));
    }

    [Theory]
    [InlineData(new[] { "--param", "carriers.truck.count=3:1" }, "LOW must be below HIGH")]
    [InlineData(new[] { "--param", "carriers.truk.count=1:2" }, "--param carriers.truk.count: the baseline has no 'truk' in carriers; did you mean 'truck'?")]
    [InlineData(new[] { "--param", "power.capacity=-5 kW:5 kW" }, "--param power.capacity: in override 'point-0001'")]
    [InlineData(new[] { "--param", "carriers.truck.count=1:2", "--points", "5" }, "--points applies to --mode lhs only")]
    [InlineData(new[] { "--param", "carriers.truck.count=1:2", "--mode", "lhs", "--points", "2" }, "--points must be at least 3")]
    [InlineData(new[] { "--param", "carriers.truck.count=1:2", "--mode", "grid" }, "grid")]
    [InlineData(new[] { "--param", "carriers.truck.count=1:2", "--param", "carriers.truck.count=2:3" }, "given twice")]
    [InlineData(new string[0], "--param")]
    public void Bad_sweeps_exit_with_2_and_write_nothing(string[] args, string message)
    {
        using var directory = new TemporaryDirectory();
        var results = directory["results"];
        var (exit, _, error) = Cli.Run(["sweep", Cli.Onsong, .. args, "--out", results]);
        Assert.Equal(2, exit);
        Assert.Contains(message, error);
        Assert.False(Directory.Exists(results));
    }
}
