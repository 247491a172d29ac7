using Parquet;
using Parquet.Schema;

namespace Shortfall.Analysis.Output;

/// <summary>A column of text (Parquet BYTE_ARRAY, UTF-8 string); CSV quotes a field only when it must.</summary>
public sealed class TextColumn<TRow>(string name, Func<TRow, string> value) : TableColumn<TRow>(name)
{
    /// <inheritdoc/>
    public override DataField Field { get; } = new DataField<string>(name, false);

    /// <inheritdoc/>
    public override string Csv(TRow row) => Output.Csv.Text(value(row));

    internal override ColumnBuffer<TRow> Buffer(int capacity) => new Values(this, new string[capacity]);

    private sealed class Values(TextColumn<TRow> column, string[] values) : ColumnBuffer<TRow>
    {
        public override void Put(int index, TRow row) => values[index] = column.Value(row);

        public override Task WriteAsync(ParquetRowGroupWriter group, int count) => group.WriteAsync(column.Field, new ArraySegment<string>(values, 0, count));
    }

    private string Value(TRow row) => value(row);
}
