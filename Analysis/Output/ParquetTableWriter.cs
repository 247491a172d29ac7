using System.Globalization;
using System.Numerics;
using Parquet;
using Parquet.Schema;
using Shortfall.Analysis.Output.Documents;
using Shortfall.Analysis.Running;

namespace Shortfall.Analysis.Output;

/// <summary>
/// A table as Parquet: rows are gathered column by column into row groups of <see cref="RowGroupRows"/> rows, each written (Snappy,
/// Parquet.Net's default) when full, so memory stays that of one row group however many replications run. The footer's key-value
/// metadata names the run (<c>shortfall.run</c>, the manifest's id, and the scenario, its hash, the seed and the replications). Parquet.Net
/// writes no time stamp (its <c>created_by</c> is its version and build), so the same rows give the same bytes.
/// </summary>
internal sealed class ParquetTableWriter<TRow> : TableWriter<TRow>
{
    /// <summary>Values a row group holds at most: small enough that its buffers and encoding (a burst of large buffers) cost a few
    /// megabytes, so that peak memory settles within the first few groups (with 131,072 rows of destination-months it kept rising over
    /// the first million rows), large enough for column readers.</summary>
    public const int RowGroupCells = 1 << 18;

    /// <summary>The most rows in a row group, for a narrow table.</summary>
    public const int MaximumRowGroupRows = 1 << 15;

    /// <summary>Rows per row group of a table with <paramref name="columns"/> columns: the largest power of two whose cells fit in
    /// <see cref="RowGroupCells"/>, at most <see cref="MaximumRowGroupRows"/>. A fixed row count made the wide replications table's
    /// buffers (32 columns, 15 MB at 32,768 rows) the one part of a run's memory that grew with replications: a run of 1,000 touched
    /// 3 % of them, one of 100,000 all (README, Per-replication tables and memory).</summary>
    public static int RowGroupRows(int columns)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(columns);
        return Math.Min(MaximumRowGroupRows, 1 << BitOperations.Log2((uint)Math.Max(1, RowGroupCells / columns)));
    }

    // Parquet.Net keeps up to 16 MB of small and 64 MB of large freed buffers for reuse; a row group's encoding needs a few megabytes.
    private static readonly ParquetOptions Options = new() { MaximumSmallPoolFreeBytes = 4 << 20, MaximumLargePoolFreeBytes = 8 << 20 };

    private readonly RunTable<TRow> _table;
    private readonly AtomicFile _file;
    private readonly ParquetWriter _writer;
    private readonly ColumnBuffer<TRow>[] _buffers;
    private readonly int _rowGroupRows;
    private int _count;

    public ParquetTableWriter(RunTable<TRow> table, AtomicFile file)
    {
        _table = table;
        _file = file;
        _rowGroupRows = RowGroupRows(table.Columns.Count);
        _buffers = table.Columns.Select(c => c.Buffer(_rowGroupRows)).ToArray();
        ParquetWriter? writer = null;
        file.Write(stream => writer = ParquetWriter.CreateAsync(new ParquetSchema(table.Columns.Select(c => c.Field)), stream, Options).GetAwaiter()
            .GetResult());
        _writer = writer!;
    }

    public override object Render(IReadOnlyList<RunVariant> variants, IReadOnlyList<ReplicationMetrics> replication) =>
        _table.Rows(variants, replication).ToArray();

    public override void Write(object rendered)
    {
        foreach (var row in (TRow[])rendered)
        {
            foreach (var buffer in _buffers)
            {
                buffer.Put(_count, row);
            }
            if (++_count == _rowGroupRows)
            {
                Flush();
            }
        }
    }

    public override void Finish(ManifestRunDocument run)
    {
        ArgumentNullException.ThrowIfNull(run);
        Flush();
        _writer.CustomMetadata = new Dictionary<string, string>
        {
            ["shortfall.run"] = run.Id,
            ["shortfall.scenario"] = run.Scenario,
            ["shortfall.scenario_hash"] = run.ScenarioHash,
            ["shortfall.seed"] = run.Seed.ToString(CultureInfo.InvariantCulture),
            ["shortfall.replications"] = run.Replications.ToString(CultureInfo.InvariantCulture),
        };
        // Disposing writes the footer.
        _file.Write(_ => _writer.DisposeAsync().AsTask().GetAwaiter().GetResult());
    }

    private void Flush()
    {
        if (_count == 0)
        {
            return;
        }

        _file.Write(_ =>
        {
            using var group = _writer.CreateRowGroup();
            foreach (var buffer in _buffers)
            {
                buffer.WriteAsync(group, _count).GetAwaiter().GetResult();
            }
        });
        _count = 0;
    }
}
