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

    // A row's text is often made afresh (a month's yyyy-MM label) though a column holds few distinct values: the buffer keeps one instance of each,
    // so that a row group's worth of copies is not promoted with the buffer and collected only by full collections.
    private sealed class Values(TextColumn<TRow> column, string[] values) : ColumnBuffer<TRow>
    {
        private readonly Dictionary<string, string> _distinct = new(StringComparer.Ordinal);

        public override void Put(int index, TRow row)
        {
            var text = column.Value(row);
            if (!_distinct.TryGetValue(text, out var kept))
            {
                kept = text;
                _distinct.Add(kept, kept);
            }
            values[index] = kept;
        }

        public override async Task WriteAsync(ParquetRowGroupWriter group, int count)
        {
            await group.WriteAsync(column.Field, new ArraySegment<string>(values, 0, count)).ConfigureAwait(false);
            _distinct.Clear();
        }
    }

    private string Value(TRow row) => value(row);
}
