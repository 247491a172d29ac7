using Shortfall.Tests.Analysis;
using Shortfall.Tests.Analysis.Commands;
using Shortfall.Tests.Configuration;

namespace Shortfall.Tests.Calibration;

/// <summary>shortfall calibrate and run --posterior from the command line: the same bytes whatever the threads, and bad input refused
/// with exit 2 and nothing written.</summary>
public sealed class CalibrateCommandTests
{
    private static readonly string Kyongwon = TestFiles.Scenario("kyongwon-technology-office.yaml");

    [Fact]
    public void A_calibration_writes_the_same_files_on_one_thread_and_on_three()
    {
        using var one = new TemporaryDirectory();
        using var three = new TemporaryDirectory();
        string[] common = ["calibrate", Kyongwon, "--particles", "12", "--generations", "2", "--seed", "4", "--quiet"];

        Assert.Equal(0, Cli.Run([.. common, "--threads", "1", "--out", one.Path]).Exit);
        Assert.Equal(0, Cli.Run([.. common, "--threads", "3", "--out", three.Path]).Exit);

        // The manifest too: the threads are no part of the run's identity.
        foreach (var name in new[] { "posterior.csv", "calibration.json", "calibration.html", "manifest.json" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(one.Path, name)), File.ReadAllBytes(Path.Combine(three.Path, name)));
        }
        Assert.Equal(13, File.ReadAllLines(Path.Combine(one.Path, "posterior.csv")).Length);
    }

    [Fact]
    public void A_posterior_run_reports_each_remedys_effect_with_the_chance_it_helps()
    {
        using var directory = new TemporaryDirectory();
        Assert.Equal(0, Cli.Run("calibrate", Kyongwon, "--particles", "6", "--generations", "1", "--quiet", "--out", directory.Path).Exit);

        var (exit, output, _) = Cli.Run("run", Kyongwon, "--posterior", Path.Combine(directory.Path, "posterior.csv"), "--variant", "ten-computers",
            "--variant", "office-power", "--replications", "2", "--out", Path.Combine(directory.Path, "run"));

        Assert.Equal(0, exit);
        Assert.Contains("P(helps)", output);
        Assert.Contains("office-power", output);
        Assert.Equal(7, File.ReadAllLines(Path.Combine(directory.Path, "run", "posterior-effects.csv")).Length);
        Assert.Contains("posterior-effects.csv", File.ReadAllText(Path.Combine(directory.Path, "run", "manifest.json")));
    }

    [Fact]
    public void A_file_without_observations_cannot_be_calibrated_and_nothing_is_written()
    {
        using var directory = new TemporaryDirectory();
        var output = Path.Combine(directory.Path, "out");
        // The malformed files' first 21 lines are a valid plant without calibration sections.
        var plant = Path.Combine(directory.Path, "plant.yaml");
        File.WriteAllLines(plant, File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Calibration", "Malformed", "prior-path-unknown.yaml")).Take(21));

        var (exit, _, error) = Cli.Run("calibrate", plant, "--out", output);

        Assert.Equal(2, exit);
        Assert.Contains("needs an 'uncertain:' and an 'observations:' section", error);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Generations_and_until_acceptance_exclude_each_other()
    {
        var (exit, _, error) = Cli.Run("calibrate", Kyongwon, "--generations", "3", "--until-acceptance", "0.1");

        Assert.Equal(2, exit);
        Assert.Contains("--until-acceptance", error);
    }
}
