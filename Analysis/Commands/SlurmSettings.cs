namespace Shortfall.Analysis.Commands;

/// <summary>How the array tasks of shortfall's Slurm jobs are asked for.</summary>
/// <param name="Tasks">Array tasks, one shard each (fewer when a batch has fewer points).</param>
/// <param name="CpusPerTask">Cores per task, and the task's worker threads.</param>
/// <param name="Partition">The partition, or null for the cluster's default.</param>
/// <param name="Time">Each task's time limit as [D-]HH:MM:SS, or null for the partition's default.</param>
internal sealed record SlurmSettings(int Tasks, int CpusPerTask, string? Partition, string? Time);
