using Parquet.Schema;

namespace Shortfall.Analysis.Output;

/// <summary>
/// One column of a per-replication table, defined once for both formats: its name, how a row's value is written as a CSV field,
/// and its Parquet field with a buffer of one row group's values. The three kinds are whole numbers (<see cref="IntegerColumn{TRow}"/>),
/// numbers that may be empty (<see cref="NumberColumn{TRow}"/>) and text (<see cref="TextColumn{TRow}"/>).
/// </summary>
/// <typeparam name="TRow">What a row is read from.</typeparam>
public abstract class TableColumn<TRow>
{
    private protected TableColumn(string name) => Name = name;

    /// <summary>The column's name: the CSV header's field and the Parquet field's name.</summary>
    public string Name { get; }

    /// <summary>The Parquet field.</summary>
    public abstract DataField Field { get; }

    /// <summary>The row's value as a CSV field.</summary>
    public abstract string Csv(TRow row);

    /// <summary>A buffer for <paramref name="capacity"/> rows of this column.</summary>
    internal abstract ColumnBuffer<TRow> Buffer(int capacity);
}
