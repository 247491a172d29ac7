using Shortfall.Analysis.Reports;
using Shortfall.Tests.Configuration;

namespace Shortfall.Tests.Analysis.Commands;

/// <summary>
/// Files at the edges of what 'validate' accepts run to the end with a report: what validate accepts, run runs (what it
/// cannot run, validate refuses: see the Malformed/ files variant-named-baseline, calendar-without-weekdays,
/// destination-never-open, tab-in-indentation, mass-unit-misspelt, name-with-bidi-control and name-too-long).
/// </summary>
public class ValidateAndRunAgreeTests
{
    private static readonly string Base = string.Join('\n', File.ReadLines(TestFiles.Malformed("count-negative.yaml")).TakeWhile(l => !l.StartsWith('#')))
        .Replace("count: -1", "count: 1", StringComparison.Ordinal);

    public static TheoryData<string, string> Files => new()
    {
        { "a fractional target per month", Base.Replace("target: every-day", "target: 2.5 per month", StringComparison.Ordinal) },
        { "a horizon starting mid-month with a monthly target", Base.Replace("target: every-day", "target: 4 per month", StringComparison.Ordinal)
            .Replace("start: 2021-01-01", "start: 2021-01-15", StringComparison.Ordinal) },
        { "a second line that draws nothing, power lost in cuts", Base.Replace("power: {capacity: 10 kW}",
                "power: {capacity: 10 kW, outages: {up: exponential(mean = 20 h), down: 2 h}, on_power_loss: lose-batch}", StringComparison.Ordinal)
            .Replace("carriers:", "  manual:\n    recipe: {inputs: {soybeans: 50 kg}, output: {soymilk: 400 L}, duration: 3 h, power: 0 kW}\n" +
                "    staff: shift\ncarriers:", StringComparison.Ordinal) },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void A_file_validate_accepts_runs_to_a_report(string what, string content)
    {
        using var directory = new TemporaryDirectory();
        var path = directory["scenario.yaml"];
        File.WriteAllText(path, content);
        var validate = Cli.Run("validate", path);
        Assert.True(validate.Exit == 0, $"{what}: {validate.Error}");

        var (exit, _, error) = Cli.Run("run", path, "--replications", "3", "--out", directory["results"], "--quiet");

        Assert.True(exit == 0, $"{what}: {error}");
        Assert.True(File.Exists(Path.Combine(directory["results"], ReportHtml.FileName)), what);
    }

    [Fact]
    public void A_run_that_would_take_years_says_so_and_is_refused_without_force_before_writing_anything()
    {
        using var directory = new TemporaryDirectory();
        var (exit, output, error) = Cli.Run("run", Cli.Onsong, "--replications", "1000000000000", "--out", directory["results"], "--quiet");
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Matches(@"^shortfall: estimated time [0-9.,]+ years for 1000000000000 replications of 1 variant \(from 2 timed replications\); " +
            "give --force to run it anyway, or fewer --replications.\n$", error.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.False(Directory.Exists(directory["results"]));
    }
}
