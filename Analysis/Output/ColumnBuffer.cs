using Parquet;

namespace Shortfall.Analysis.Output;

/// <summary>One row group's values of a <see cref="TableColumn{TRow}"/>.</summary>
internal abstract class ColumnBuffer<TRow>
{
    /// <summary>Stores <paramref name="row"/>'s value at <paramref name="index"/>.</summary>
    public abstract void Put(int index, TRow row);

    /// <summary>Writes the first <paramref name="count"/> values as the column's chunk of <paramref name="group"/>.</summary>
    public abstract Task WriteAsync(ParquetRowGroupWriter group, int count);
}
