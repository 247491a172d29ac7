using Shortfall.Analysis.Sharding;

namespace Shortfall.Analysis.Batches;

/// <summary>
/// The two files of a batch evaluated on a cluster, both files of frames (<see cref="FrameFormat"/>). The batch file: its header
/// (<see cref="BatchHeader"/>) and one frame per point. A result file, one per array task: its header (<see cref="ResultHeader"/>) and one frame
/// per result of the task's shard of the points, in the points' order.
/// </summary>
public static class BatchFormat
{
    /// <summary>The batch file's container.</summary>
    public static readonly FrameFormat Batch = new("shortfall-batch", 1, "batch", "run the command that wrote it again");

    /// <summary>A result file's container.</summary>
    public static readonly FrameFormat Results = new("shortfall-results", 1, "results", "run the batch's job array again");

    /// <summary>The batch file's name in its directory.</summary>
    public static string BatchFileName => "points" + Batch.Extension;
}
