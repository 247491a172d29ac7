namespace Shortfall.Analysis.Output;

/// <summary>How a run writes its per-replication tables.</summary>
public enum TableFormat
{
    /// <summary>Apache Parquet (the default): columnar, typed and compressed, read directly by pandas, R (arrow), Polars and DuckDB.</summary>
    Parquet,

    /// <summary>CSV (RFC 4180), as earlier versions wrote.</summary>
    Csv,
}
