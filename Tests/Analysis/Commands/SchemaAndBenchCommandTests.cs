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
    public void Bench_prints_a_row_per_thread_count_with_replications_and_events_per_second()
    {
        var (exit, output, error) = Cli.Run("bench", Cli.Onsong, "--replications", "2", "--max-threads", "2");
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("events/s", output);
        Assert.Matches(@"│ 1\s+│", output);
        Assert.Matches(@"│ 2\s+│", output);
    }
}
