namespace Shortfall.Analysis.Commands;

/// <summary>Where shortfall's Slurm jobs keep their files inside a results directory: scripts and batches in slurm/, the jobs' output in
/// slurm/logs/ (which must exist before a job starts: Slurm does not create it).</summary>
internal static class SlurmFolders
{
    /// <summary>DIR/slurm: the scripts <c>shortfall slurm</c> writes, and the batches of <c>--slurm</c>.</summary>
    public static string Scripts(string directory) => Path.Combine(directory, "slurm");

    /// <summary>DIR/slurm/logs: the jobs' output.</summary>
    public static string Logs(string directory) => Path.Combine(Scripts(directory), "logs");
}
