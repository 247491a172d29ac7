using System.Text.Json;

namespace Shortfall.Tests.Analysis.Commands;

public class SchemaAndBenchCommandTests
{
    [Fact]
    public void Schema_prints_a_json_schema_document()
    {
        var (exit, output, _) = Cli.Run("schema");
        Assert.Equal(0, exit);
        var schema = JsonDocument.Parse(output).RootElement;
        Assert.Contains("json-schema.org", schema.GetProperty("$schema").GetString());
        Assert.True(schema.GetProperty("properties").TryGetProperty("variants", out _));
    }

    [Fact]
    public void Bench_prints_a_row_per_thread_count_with_the_median_and_range_of_its_rounds()
    {
        var (exit, output, error) = Cli.Run("bench", Cli.Onsong, "--replications", "2", "--rounds", "3", "--max-threads", "2");
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("events/s", output);
        Assert.Contains("3 rounds", output);
        // Figures differ by a third between the kinds of build, so the table says which it timed (NativeBuildTests runs the other).
        Assert.Contains("just-in-time build", output);
        Assert.DoesNotContain("native build", output);
        // The single thread's speed-up is 1 in every round, so its range is a point.
        Assert.Matches(@"│ 1\s+│ [\d.]+ \([\d.]+–[\d.]+\)\s+│ [\d,]+ \([\d,]+–[\d,]+\)\s+│ 1\.00× \(1\.00–1\.00\)", output);
        Assert.Matches(@"│ 2\s+│ [\d.]+ \([\d.]+–[\d.]+\)", output);
    }
}
