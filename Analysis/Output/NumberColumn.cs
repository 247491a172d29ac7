using Parquet;
using Parquet.Schema;

namespace Shortfall.Analysis.Output;

/// <summary>A column of numbers, empty where a row has none (Parquet DOUBLE, optional); CSV writes each in its shortest round-trip form.</summary>
public sealed class NumberColumn<TRow>(string name, Func<TRow, double?> value) : TableColumn<TRow>(name)
{
    /// <inheritdoc/>
    public override DataField Field { get; } = new DataField<double?>(name);

    /// <inheritdoc/>
    public override string Csv(TRow row) => value(row) is { } number ? Output.Csv.Number(number) : "";

    internal override ColumnBuffer<TRow> Buffer(int capacity) => new Values(this, new double?[capacity]);

    private sealed class Values(NumberColumn<TRow> column, double?[] values) : ColumnBuffer<TRow>
    {
        public override void Put(int index, TRow row) => values[index] = column.Value(row);

        public override Task WriteAsync(ParquetRowGroupWriter group, int count) =>
            group.WriteAsync(column.Field, new ReadOnlyMemory<double?>(values, 0, count));
    }

    private double? Value(TRow row) => value(row);
}
