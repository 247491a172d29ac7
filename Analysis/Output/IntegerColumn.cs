using Parquet;
using Parquet.Schema;

namespace Shortfall.Analysis.Output;

/// <summary>A column of whole numbers (Parquet INT64).</summary>
public sealed class IntegerColumn<TRow>(string name, Func<TRow, long> value) : TableColumn<TRow>(name)
{
    /// <inheritdoc/>
    public override DataField Field { get; } = new DataField<long>(name);

    /// <inheritdoc/>
    public override string Csv(TRow row) => Output.Csv.Number(value(row));

    internal override ColumnBuffer<TRow> Buffer(int capacity) => new Values(this, new long[capacity]);

    private sealed class Values(IntegerColumn<TRow> column, long[] values) : ColumnBuffer<TRow>
    {
        public override void Put(int index, TRow row) => values[index] = column.Value(row);

        public override Task WriteAsync(ParquetRowGroupWriter group, int count) =>
            group.WriteAsync(column.Field, new ReadOnlyMemory<long>(values, 0, count));
    }

    private long Value(TRow row) => value(row);
}
