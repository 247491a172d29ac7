using Shortfall.Analysis.Batches;
using Shortfall.Analysis.Calibration;
using Shortfall.Analysis.Commands;
using Shortfall.Tests.Analysis;
using Shortfall.Tests.Analysis.Batches;
using Shortfall.Tests.Analysis.Commands;
using Shortfall.Tests.Configuration;

namespace Shortfall.Tests.Integration;

/// <summary>calibrate --slurm and optimise --slurm on a real Slurm cluster (one node on localhost in CI): every batch a job array, and every file
/// the same bytes as the run on this machine's threads.</summary>
public class SlurmEvaluatorTests
{
    [SlurmFact]
    public void A_calibration_whose_generations_run_as_job_arrays_writes_the_local_calibrations_bytes()
    {
        // Two generations of six particles: a handful of batches, one array each.
        string[] calibrate = ["calibrate", TestFiles.Scenario("kyongwon-technology-office.yaml"), "--particles", "6", "--generations", "2", "--seed", "4",
            "--replications-per-point", "2", "--quiet"];
        CompareWithLocal(calibrate, ["posterior.csv", "calibration.json"]);
    }

    [SlurmFact]
    public void An_optimisation_whose_stages_run_as_job_arrays_writes_the_local_optimisations_bytes()
    {
        // Few portfolios fit 2,500,000 won; n0 = 3 and a cap of 6 keep the stages few.
        string[] optimise = ["optimise", Cli.Onsong, "--budget", "2500000 won", "--first-stage", "3", "--max-replications", "6", "--seed", "4", "--quiet"];
        CompareWithLocal(optimise, ["optimise.json", "portfolios.csv"]);
    }

    [SlurmFact]
    public void A_batch_whose_tasks_all_fail_is_refused_naming_the_missing_files_and_the_end_of_a_failed_tasks_log()
    {
        using var directory = new TemporaryDirectory();
        var slurm = directory["slurm"];
        // Tasks refuse a batch of a kind they do not know, so none writes its results.
        var evaluator = new SlurmEvaluator<AbcPoint, SimulatedPoint>(new UnknownKind(), TestFiles.Scenario("kyongwon-technology-office.yaml"),
            new string('0', 64), [], new SlurmSettings(2, 1, null, "00:05:00"), slurm);

        var refusal = Assert.Throws<UsageException>(() => evaluator.Evaluate(BatchFileTests.Points, CancellationToken.None));

        Assert.Contains("2 of the 2 result files of unknown batch", refusal.Message);
        Assert.Contains("shard-1-of-2.shortfall-results, shard-2-of-2.shortfall-results", refusal.Message);
        Assert.Contains(Path.Combine(slurm, "batch-0001", "logs", "task-1.log"), refusal.Message);
        Assert.Contains("a batch of kind 'unknown', which this shortfall does not know", refusal.Message);
        Assert.True(File.Exists(Path.Combine(slurm, "batch-0001", BatchFormat.BatchFileName)), "the failed batch's folder was not kept");
    }

    // Runs the command on this machine and with --slurm, and compares every file the local run wrote (the named ones must be among them).
    private static void CompareWithLocal(string[] command, string[] mainFiles)
    {
        Assert.True(SlurmFactAttribute.Unreachable() is null, "CI=true but no Slurm cluster answers: " + SlurmFactAttribute.Unreachable());
        using var directory = new TemporaryDirectory();
        var (here, cluster) = (directory["local"], directory["cluster"]);
        var local = Cli.Run([.. command, "--out", here]);
        Assert.True(local.Exit == 0, local.Error);
        var sharded = Cli.Run([.. command, "--slurm", "--tasks", "3", "--time", "00:10:00", "--out", cluster]);
        Assert.True(sharded.Exit == 0, sharded.Error);

        SameFiles.Assert(here, cluster, mainFiles, "the --slurm run", () => "");
        // Each batch's files are removed once read: nothing is left of them.
        Assert.False(Directory.Exists(Path.Combine(cluster, "slurm")), "batch files were left in slurm/");
    }

    private sealed class UnknownKind : IBatchCodec<AbcPoint, SimulatedPoint>
    {
        private readonly AbcPointCodec _codec = new();

        public string Kind => "unknown";

        public void WritePoint(BinaryWriter writer, AbcPoint point) => _codec.WritePoint(writer, point);

        public AbcPoint ReadPoint(BinaryReader reader) => _codec.ReadPoint(reader);

        public void WriteResult(BinaryWriter writer, SimulatedPoint result) => _codec.WriteResult(writer, result);

        public SimulatedPoint ReadResult(BinaryReader reader) => _codec.ReadResult(reader);
    }
}
