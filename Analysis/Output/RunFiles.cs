using System.Text;
using Shortfall.Analysis.Output.Documents;
using Shortfall.Analysis.Running;

namespace Shortfall.Analysis.Output;

/// <summary>
/// The files of one run in a results directory. The two per-replication CSV files stream to
/// temporary files of the results directory as replications are aggregated (rows are formatted on the worker threads);
/// <see cref="Stage"/> stages months.csv and summary.json too, for the caller to commit the four as one unit
/// (<see cref="ResultsDirectory.Commit"/>). Disposing the directory without committing deletes the temporary files and leaves
/// it as it was.
/// </summary>
public sealed class RunFiles : IReplicationSink<RenderedReplication>
{
    private readonly IReadOnlyList<RunVariant> _variants;
    private readonly ResultsDirectory _directory;
    private readonly AtomicFile _replications;
    private readonly AtomicFile _destinationMonths;

    /// <summary>Starts the files of a run of <paramref name="variants"/> in <paramref name="directory"/>.</summary>
    public RunFiles(ResultsDirectory directory, IReadOnlyList<RunVariant> variants)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(variants);
        _directory = directory;
        _variants = variants;
        _replications = directory.Stage(ReplicationsCsv.FileName);
        _destinationMonths = directory.Stage(DestinationMonthsCsv.FileName);
        _replications.Write(Encoding.UTF8.GetBytes(ReplicationsCsv.Header()));
        _destinationMonths.Write(Encoding.UTF8.GetBytes(DestinationMonthsCsv.Header));
    }

    /// <inheritdoc/>
    public RenderedReplication Render(long replication, IReadOnlyList<ReplicationMetrics> results)
    {
        var rows = new StringBuilder();
        ReplicationsCsv.AppendRows(rows, _variants, results);
        var replications = Encoding.UTF8.GetBytes(rows.ToString());
        rows.Clear();
        DestinationMonthsCsv.AppendRows(rows, _variants, results);
        return new RenderedReplication(replications, Encoding.UTF8.GetBytes(rows.ToString()));
    }

    /// <inheritdoc/>
    public void Write(RenderedReplication rendered)
    {
        _replications.Write(rendered.Replications);
        _destinationMonths.Write(rendered.DestinationMonths);
    }

    /// <summary>Stages months.csv and summary.json for <paramref name="run"/>; returns what names the run in the manifest.</summary>
    public ManifestRunDocument Stage(RunDescription run, RunOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        _directory.Stage(MonthsCsv.FileName, MonthsCsv.Serialize(outcome));
        _directory.Stage(SummaryJson.FileName, SummaryJson.Serialize(run, outcome));
        _directory.Stage(DistributionsJson.FileName, DistributionsJson.Serialize(outcome));
        return RunIdentity.Of("run", run, outcome.Replications, _variants.Select(v => v.Name).ToList());
    }
}
