using Shortfall.Tests.Configuration;

namespace Shortfall.Tests.Analysis.Commands;

/// <summary>shortfall slurm --calibrate: the coordinator job's script (its resources, and the calibrate command it runs with every option passed
/// on) and the options it refuses before writing anything.</summary>
public class SlurmCalibrationCommandTests
{
    private static readonly string Kyongwon = TestFiles.Scenario("kyongwon-technology-office.yaml");

    private static (string Script, string Output) Script(string scenario, string directory, params string[] extra)
    {
        var (exit, output, error) = Cli.Run(["slurm", scenario, "--calibrate", "--out", directory, .. extra]);
        Assert.True(exit == 0, error);
        return (File.ReadAllText(Path.Combine(directory, "slurm", "calibrate.sbatch")), output);
    }

    private static string[] Directives(string script) =>
        script.Split('\n').Where(l => l.StartsWith("#SBATCH ", StringComparison.Ordinal)).Select(l => l["#SBATCH ".Length..]).ToArray();

    private static string Exec(string script) => script.Split('\n').Single(l => l.StartsWith("exec ", StringComparison.Ordinal));

    [Fact]
    public void The_coordinator_is_one_task_on_one_core_with_its_own_partition_and_time_limit()
    {
        using var directory = new TemporaryDirectory();
        var calibration = directory["calibration"];
        var (script, _) = Script(Kyongwon, calibration, "--tasks", "50", "--cpus-per-task", "4", "--partition", "short", "--time", "00:20:00",
            "--coordinator-partition", "long", "--coordinator-time", "2-00:00:00");

        Assert.StartsWith("#!/bin/bash\n", script);
        Assert.Equal(
            [
                $"--chdir={calibration}", "--job-name=shortfall-kyongwon-sauce-factory-technology-office-calibrate", "--ntasks=1", "--cpus-per-task=1",
                "--partition=long", "--time=2-00:00:00", $"--output={calibration}/slurm/logs/calibrate.%j.log",
            ],
            Directives(script));
        Assert.Contains("\nset -euo pipefail\nexec ", script);
    }

    [Fact]
    public void The_coordinator_runs_calibrate_with_every_option_passed_on_and_the_array_tasks_resources()
    {
        using var directory = new TemporaryDirectory();
        var calibration = directory["calibration"];
        var (script, _) = Script(Kyongwon, calibration, "--tasks", "50", "--cpus-per-task", "4", "--partition", "short", "--time", "00:20:00",
            "--particles", "300", "--replications-per-point", "3", "--until-acceptance", "0.05", "--seed", "17");

        var exec = Exec(script);
        Assert.EndsWith($"shortfall.dll calibrate {Kyongwon} --particles 300 --replications-per-point 3 --until-acceptance 0.05 --seed 17 --threads 1 " +
            $"--slurm --tasks 50 --cpus-per-task 4 --partition short --time 00:20:00 --out {calibration}", exec);
        // Without a partition of its own the coordinator takes the tasks' one; without a time limit of its own, the partition's.
        Assert.Contains("--partition=short", Directives(script));
        Assert.DoesNotContain(Directives(script), d => d.StartsWith("--time", StringComparison.Ordinal));
    }

    [Fact]
    public void Calibrates_defaults_are_spelled_out_so_the_job_runs_what_was_asked_whatever_build_it_meets()
    {
        using var directory = new TemporaryDirectory();
        var calibration = directory["calibration"];
        var (script, output) = Script(Kyongwon, calibration, "--tasks", "2");

        Assert.EndsWith($" calibrate {Kyongwon} --particles 500 --replications-per-point 1 --generations 6 --seed 1 --threads 1 --slurm --tasks 2 " +
            $"--cpus-per-task 1 --out {calibration}", Exec(script));
        Assert.DoesNotContain(Directives(script), d => d.StartsWith("--partition", StringComparison.Ordinal));
        Assert.Contains($"Submit it with: sbatch {calibration}/slurm/calibrate.sbatch", output);
        Assert.True(Directory.Exists(Path.Combine(calibration, "slurm", "logs")), "Slurm does not create the log's folder; the job would fail at once");
        Assert.True(OperatingSystem.IsWindows() || File.GetUnixFileMode(Path.Combine(calibration, "slurm", "calibrate.sbatch")).HasFlag(UnixFileMode
            .UserExecute));
    }

    [Fact]
    public void Paths_with_spaces_are_quoted_for_the_shell_and_for_sbatch()
    {
        using var directory = new TemporaryDirectory();
        Directory.CreateDirectory(directory["the plant's files"]);
        var scenario = Path.Combine(directory["the plant's files"], "office 2.yaml");
        File.Copy(Kyongwon, scenario);
        var calibration = directory["calibration results"];
        var (script, output) = Script(scenario, calibration, "--tasks", "2");

        Assert.Contains($"--chdir=\"{calibration}\"", Directives(script));
        Assert.Contains($"--output=\"{calibration}/slurm/logs/calibrate.%j.log\"", Directives(script));
        var quoted = $"'{directory.Path}/the plant'\\''s files/office 2.yaml'";
        Assert.Contains($" calibrate {quoted} --particles 500 ", Exec(script));
        Assert.EndsWith($" --out '{calibration}'", Exec(script));
        Assert.Contains($"sbatch '{calibration}/slurm/calibrate.sbatch'", output);
    }

    [Fact]
    public void The_default_directory_is_the_one_calibrate_writes_to_made_absolute()
    {
        var (exit, _, error) = Cli.Run(["slurm", Kyongwon, "--calibrate", "--tasks", "2"]);
        var written = Path.GetFullPath(Path.Combine("results", "kyongwon-sauce-factory-technology-office", "calibration"));
        try
        {
            Assert.True(exit == 0, error);
            Assert.Contains($" --out {written}\n", File.ReadAllText(Path.Combine(written, "slurm", "calibrate.sbatch")));
        }
        finally
        {
            // The calibration's folder, and the results/ folders above it that this test made.
            Directory.Delete(written, recursive: true);
            for (var folder = Path.GetDirectoryName(written)!; folder != Directory.GetCurrentDirectory() && !Directory.EnumerateFileSystemEntries(folder).Any();
                folder = Path.GetDirectoryName(folder)!)
            {
                Directory.Delete(folder);
            }
        }
    }

    [Theory]
    [InlineData("--particles 40", "--calibrate is missing: --particles belong to a calibration.")]
    [InlineData("--coordinator-time 01:00:00 --until-acceptance 0.1", "--calibrate is missing: --until-acceptance, --coordinator-time belong")]
    [InlineData("--calibrate --replications 100", "--calibrate does not take --replications: a calibration runs the baseline")]
    [InlineData("--calibrate --all-variants --merge-time 01:00:00", "--calibrate does not take --merge-time, --all-variants:")]
    [InlineData("--calibrate --param carriers.truck.count=1:2", "--calibrate does not take --param:")]
    [InlineData("--calibrate --generations 3 --until-acceptance 0.1", "give --generations or --until-acceptance, not both.")]
    [InlineData("--calibrate --particles 1", "--particles must be at least 2")]
    [InlineData("--calibrate --particles 0", "--particles must be positive.")]
    [InlineData("--calibrate --until-acceptance 1", "--until-acceptance must lie between 0 and 1")]
    [InlineData("--calibrate --coordinator-time 2h", "--coordinator-time must be a Slurm time limit")]
    [InlineData("--calibrate --partition a\"b", "Slurm cannot take 'a\"b' for --partition")]
    public void Bad_options_are_refused_with_exit_2_and_nothing_written(string options, string message)
    {
        using var directory = new TemporaryDirectory();
        var (exit, _, error) = Cli.Run(["slurm", Kyongwon, "--tasks", "2", .. options.Split(' '), "--out", directory["calibration"]]);

        Assert.Equal(2, exit);
        Assert.Contains(message, error);
        Assert.Empty(Directory.GetFileSystemEntries(directory.Path));
    }

    [Fact]
    public void A_scenario_with_nothing_to_calibrate_is_refused_as_calibrate_refuses_it()
    {
        using var directory = new TemporaryDirectory();
        // The malformed calibration files' first 21 lines are a valid plant without calibration sections.
        var plant = directory["plant.yaml"];
        File.WriteAllLines(plant, File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Calibration", "Malformed", "prior-path-unknown.yaml")).Take(21));

        var (exit, _, error) = Cli.Run(["slurm", plant, "--calibrate", "--tasks", "2", "--out", directory["calibration"]]);

        Assert.Equal(2, exit);
        Assert.Contains($"{plant} needs an 'uncertain:' and an 'observations:' section to calibrate", error);
        Assert.False(Directory.Exists(directory["calibration"]));
    }
}
