namespace Shortfall.Tests.Analysis.Commands;

public class SlurmCommandTests
{
    private static (string Shards, string Merge, string Submit, string Output) Scripts(TemporaryDirectory directory, params string[] extra)
    {
        var (exit, output, error) = Cli.Run(["slurm", Cli.Onsong, "--out", directory["run"], .. extra]);
        Assert.True(exit == 0, error);
        var scripts = Path.Combine(directory["run"], "slurm");
        return (File.ReadAllText(Path.Combine(scripts, "shards.sbatch")), File.ReadAllText(Path.Combine(scripts, "merge.sbatch")),
            File.ReadAllText(Path.Combine(scripts, "submit.sh")), output);
    }

    private static string[] Directives(string script) =>
        script.Split('\n').Where(l => l.StartsWith("#SBATCH ", StringComparison.Ordinal)).Select(l => l["#SBATCH ".Length..]).ToArray();

    [Fact]
    public void The_shard_script_is_a_job_array_with_one_task_per_shard_and_the_limits_asked_for()
    {
        using var directory = new TemporaryDirectory();
        var run = directory["run"];
        var (shards, _, _, _) = Scripts(directory, "--replications", "100000", "--tasks", "50", "--partition", "long", "--time", "02:30:00", "--cpus-per-task",
            "4");
        Assert.StartsWith("#!/bin/bash\n", shards);
        Assert.Equal(
            [
                $"--chdir={run}", "--job-name=shortfall-onsong-milk-plant", "--array=1-50", "--ntasks=1", "--cpus-per-task=4",
                "--partition=long", "--time=02:30:00", $"--output={run}/slurm/logs/shard-%a.%A.log",
            ],
            Directives(shards));
        Assert.Contains($" run {Cli.Onsong} --replications 100000 --seed 1 --threads 4 --out {run}/parts --shard \"${{SLURM_ARRAY_TASK_ID}}/50\"\n", shards);
        Assert.Contains("shortfall.dll run ", shards);
    }

    [Fact]
    public void With_param_the_array_tasks_run_shards_of_the_sweep_with_its_inputs_and_mode()
    {
        using var directory = new TemporaryDirectory();
        var run = directory["run"];
        var (shards, merge, _, _) = Scripts(directory, "--replications", "40", "--tasks", "4", "--param", "carriers.truck.count=1:3", "--param",
            "power.capacity=20 kW:40 kW",
            "--mode", "lhs", "--points", "12");
        Assert.Contains($" sweep {Cli.Onsong} --replications 40 --seed 1 --param carriers.truck.count=1:3 --param 'power.capacity=20 kW:40 kW' --mode lhs " +
            $"--points 12 --threads 1 --out {run}/parts --shard \"${{SLURM_ARRAY_TASK_ID}}/4\"\n", shards);
        Assert.EndsWith($"shortfall.dll merge {run}/parts --out {run}\n", merge);
    }

    [Theory]
    [InlineData("--variant", "second-truck", "--variant and --all-variants do not go with --param")]
    [InlineData("--param", "carriers.truck.count=1", "carriers.truck.count=1")]
    public void A_sweep_that_would_fail_on_the_cluster_is_refused_before_anything_is_written(string option, string value, string message)
    {
        using var directory = new TemporaryDirectory();
        string[] sweep = option == "--param" ? [option, value] : ["--param", "carriers.truck.count=1:2", option, value];
        var (exit, _, error) = Cli.Run(["slurm", Cli.Onsong, "--tasks", "2", "--out", directory["run"], .. sweep]);
        Assert.Equal(2, exit);
        Assert.Contains(message, error);
        Assert.False(Directory.Exists(directory["run"]));
    }

    [Fact]
    public void The_merge_script_merges_the_parts_into_the_run_directory_with_its_own_time_limit()
    {
        using var directory = new TemporaryDirectory();
        var run = directory["run"];
        var (_, merge, _, _) = Scripts(directory, "--tasks", "4", "--time", "00:10:00", "--merge-time", "1-00:00:00");
        Assert.Equal(
            [
                $"--chdir={run}", "--job-name=shortfall-onsong-milk-plant-merge", "--ntasks=1", "--cpus-per-task=1", "--time=1-00:00:00",
                $"--output={run}/slurm/logs/merge.%j.log",
            ],
            Directives(merge));
        Assert.EndsWith($"shortfall.dll merge {run}/parts --out {run}\n", merge);
    }

    [Fact]
    public void The_submit_script_makes_the_merge_wait_for_every_array_task_to_succeed()
    {
        using var directory = new TemporaryDirectory();
        var (_, _, submit, output) = Scripts(directory, "--tasks", "4");
        Assert.Contains($"shards=$(sbatch --parsable {directory["run"]}/slurm/shards.sbatch)\n", submit);
        Assert.Contains($"merge=$(sbatch --parsable --dependency=afterok:\"$shards\" {directory["run"]}/slurm/merge.sbatch)\n", submit);
        Assert.Contains($"bash {directory["run"]}/slurm/submit.sh", output);
        Assert.True(Directory.Exists(Path.Combine(directory["run"], "slurm", "logs")));
        Assert.True(Directory.Exists(Path.Combine(directory["run"], "parts")));
    }

    [Fact]
    public void Variants_and_the_seed_are_passed_to_every_shard()
    {
        using var directory = new TemporaryDirectory();
        var (shards, _, _, _) = Scripts(directory, "--tasks", "2", "--seed", "9", "--variant", "second-truck", "--variant", "night-shift");
        Assert.Contains(" --seed 9 --variant second-truck --variant night-shift --threads 1 ", shards);
        var (all, _, _, _) = Scripts(directory, "--tasks", "2", "--all-variants");
        Assert.Contains(" --seed 1 --all-variants --threads 1 ", all);
    }

    [Theory]
    [InlineData("--tasks", "300", "--tasks 300 is more than the 200 replications")]
    [InlineData("--time", "2h", "--time must be a Slurm time limit")]
    [InlineData("--variant", "no-such-variant", "no variant named 'no-such-variant'")]
    public void Bad_input_is_refused_before_anything_is_written(string option, string value, string message)
    {
        using var directory = new TemporaryDirectory();
        string[] tasks = option == "--tasks" ? [] : ["--tasks", "2"];
        var (exit, _, error) = Cli.Run(["slurm", Cli.Onsong, "--out", directory["run"], option, value, .. tasks]);
        Assert.Equal(2, exit);
        Assert.Contains(message, error);
        Assert.False(Directory.Exists(directory["run"]));
    }
}
