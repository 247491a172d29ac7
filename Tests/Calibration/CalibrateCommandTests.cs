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
        // report.html: the effects with their conclusions, then the calibration's section drawn from the posterior's directory.
        var report = File.ReadAllText(Path.Combine(directory.Path, "run", "report.html"));
        Assert.Contains("P(best)", report);
        Assert.Matches("robust|depends on|unclear", report);
        foreach (var heading in new[] { "<h2>Calibration</h2>", "Prior and posterior of each uncertain number", "The posterior&#39;s pairs",
            "posterior-predictive distribution", "Which observation constrains which number" })
        {
            Assert.Contains(heading, report);
        }
        Assert.Contains("posterior spread / prior spread", report);
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

    public static TheoryData<string> MalformedFiles() =>
        new(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Calibration", "Malformed"), "*.yaml").Select(f => Path.GetFileName(f))
            .Order(StringComparer.Ordinal));

    /// <summary>Every malformed calibration section, given to the commands that read them (slurm --calibrate too, before it writes its job):
    /// the loader's first expected diagnostic at file:line:col, exit 2, and no results directory.</summary>
    [Theory]
    [MemberData(nameof(MalformedFiles))]
    public void Calibrate_and_a_posterior_run_refuse_a_malformed_file_at_its_line_and_column_with_exit_2_and_write_nothing(string name)
    {
        using var directory = new TemporaryDirectory();
        var path = Path.Combine(AppContext.BaseDirectory, "Calibration", "Malformed", name);
        var expected = File.ReadLines(path).First(l => l.StartsWith("# expect: ", StringComparison.Ordinal))["# expect: ".Length..];
        var posterior = Path.Combine(directory.Path, "posterior.csv");
        File.WriteAllText(posterior, "particle,weight\n0,1\n");

        foreach (var args in new[]
        {
            new[] { "calibrate", path, "--particles", "2", "--generations", "1", "--out", Path.Combine(directory.Path, "calibration") },
            ["run", path, "--posterior", posterior, "--all-variants", "--out", Path.Combine(directory.Path, "run")],
            ["optimise", path, "--budget", "1 won", "--posterior", posterior, "--out", Path.Combine(directory.Path, "optimise")],
            ["slurm", path, "--calibrate", "--tasks", "2", "--out", Path.Combine(directory.Path, "slurm")],
        })
        {
            var (exit, _, error) = Cli.Run(args);

            Assert.Equal(2, exit);
            Assert.Contains($"{path}:{expected}", error);
            Assert.Equal([posterior], Directory.GetFileSystemEntries(directory.Path));
        }
    }

    [Fact]
    public void Generations_and_until_acceptance_exclude_each_other()
    {
        var (exit, _, error) = Cli.Run("calibrate", Kyongwon, "--generations", "3", "--until-acceptance", "0.1");

        Assert.Equal(2, exit);
        Assert.Contains("--until-acceptance", error);
    }

    [Fact]
    public void One_particle_is_refused_as_bad_input_not_an_internal_error()
    {
        using var directory = new TemporaryDirectory();
        var (exit, _, error) = Cli.Run("calibrate", Kyongwon, "--particles", "1", "--out", directory["calibration"]);

        Assert.Equal(2, exit);
        Assert.Contains("--particles must be at least 2", error);
        Assert.False(Directory.Exists(directory["calibration"]));
    }

    [Fact]
    public void A_posterior_run_measures_the_effects_on_the_objective_asked_for_and_says_which()
    {
        using var directory = new TemporaryDirectory();
        Assert.Equal(0, Cli.Run("calibrate", Kyongwon, "--particles", "6", "--generations", "1", "--quiet", "--out", directory.Path).Exit);
        string[] run = ["run", Kyongwon, "--posterior", Path.Combine(directory.Path, "posterior.csv"), "--variant", "office-power", "--replications", "2"];

        // The office's remedies do not touch the sauce's deliveries, the headline; they do the sessions the office serves.
        var (_, headline, _) = Cli.Run([.. run, "--out", directory["headline"]]);
        var (exit, sessions, error) = Cli.Run([.. run, "--objective", "sessions_served", "--out", directory["sessions"]]);

        Assert.True(exit == 0, error);
        Assert.StartsWith("Effects on deliveries_per_destination_month (", headline);
        Assert.StartsWith("Effects on sessions_served (sessions served by the equipment (the headline without destinations); more is better)", sessions);
        var effect = double.Parse(sessions.Split('\n').Single(l => l.StartsWith("office-power", StringComparison.Ordinal)).Split(' ',
            StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(effect > 100, $"office power added {effect} sessions a year over the posterior");
        Assert.Contains("Effects on sessions_served", File.ReadAllText(Path.Combine(directory["sessions"], "report.html")));
    }

    [Fact]
    public void An_objective_without_a_posterior_is_refused()
    {
        var (exit, _, error) = Cli.Run("run", Kyongwon, "--objective", "sessions_served", "--replications", "2");

        Assert.Equal(2, exit);
        Assert.Contains("--objective goes with --posterior", error);
    }
}
