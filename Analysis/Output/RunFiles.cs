using System.Text;
using Shortfall.Analysis.Running;

namespace Shortfall.Analysis.Output;

/// <summary>
/// The files of one run in a results directory. The two per-replication CSV files stream to
/// temporary files as replications are aggregated (rows are formatted on the worker threads);
/// <see cref="Commit"/> writes months.csv and summary.json and moves all four into place. summary.json goes last and an older one
/// is removed first, so a directory with a summary.json always has the CSV files of that run.
/// Disposing without committing deletes the temporary files and leaves the directory as it was.
/// </summary>
public sealed class RunFiles : IReplicationSink<RenderedReplication>, IDisposable
{
    private readonly IReadOnlyList<RunVariant> _variants;
    private readonly AtomicFile _replications;
    private readonly AtomicFile _destinationMonths;

    /// <summary>Starts the files of a run of <paramref name="variants"/> in <paramref name="directory"/>, which must exist.</summary>
    public RunFiles(string directory, IReadOnlyList<RunVariant> variants)
    {
        ArgumentNullException.ThrowIfNull(variants);
        Directory = directory;
        _variants = variants;
        _replications = AtomicFile.Create(Path.Combine(directory, ReplicationsCsv.FileName));
        try
        {
            _destinationMonths = AtomicFile.Create(Path.Combine(directory, DestinationMonthsCsv.FileName));
        }
        catch
        {
            _replications.Dispose();
            throw;
        }
        _replications.Stream.Write(Encoding.UTF8.GetBytes(ReplicationsCsv.Header()));
        _destinationMonths.Stream.Write(Encoding.UTF8.GetBytes(DestinationMonthsCsv.Header));
    }

    /// <summary>The results directory.</summary>
    public string Directory { get; }

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
        _replications.Stream.Write(rendered.Replications);
        _destinationMonths.Stream.Write(rendered.DestinationMonths);
    }

    /// <summary>Writes months.csv and summary.json for <paramref name="run"/> and moves the four files into place.</summary>
    public void Commit(RunDescription run, RunOutcome outcome)
    {
        using var months = AtomicFile.Create(Path.Combine(Directory, MonthsCsv.FileName));
        months.Stream.Write(MonthsCsv.Serialize(outcome));
        using var summary = AtomicFile.Create(Path.Combine(Directory, SummaryJson.FileName));
        summary.Stream.Write(SummaryJson.Serialize(run, outcome));
        File.Delete(summary.Path);
        _replications.Commit();
        _destinationMonths.Commit();
        months.Commit();
        summary.Commit();
    }

    /// <summary>Deletes the temporary files of an uncommitted run.</summary>
    public void Dispose()
    {
        _replications.Dispose();
        _destinationMonths.Dispose();
    }
}
