using System.Text;
using Shortfall.Analysis.Output.Documents;
using Shortfall.Analysis.Running;

namespace Shortfall.Analysis.Output;

/// <summary>A table as CSV: a header line of the column names, then one line per row, formatted on the worker threads. CSV has no
/// place for the run's id: manifest.json ties the file to its run by its SHA-256.</summary>
internal sealed class CsvTableWriter<TRow> : TableWriter<TRow>
{
    private readonly RunTable<TRow> _table;
    private readonly AtomicFile _file;

    public CsvTableWriter(RunTable<TRow> table, AtomicFile file)
    {
        _table = table;
        _file = file;
        var header = new StringBuilder();
        Csv.AppendLine(header, table.Columns.Select(c => c.Name));
        file.Write(Encoding.UTF8.GetBytes(header.ToString()));
    }

    public override object Render(IReadOnlyList<RunVariant> variants, IReadOnlyList<ReplicationMetrics> replication)
    {
        var lines = new StringBuilder();
        foreach (var row in _table.Rows(variants, replication))
        {
            Csv.AppendLine(lines, _table.Columns.Select(c => c.Csv(row)));
        }
        return Encoding.UTF8.GetBytes(lines.ToString());
    }

    public override void Write(object rendered) => _file.Write((byte[])rendered);

    public override void Finish(ManifestRunDocument run)
    {
    }
}
