namespace Shortfall.Analysis.Output;

/// <summary>The names of a run's per-replication tables, in either format: what readers check but never load whole.</summary>
public static class RunTables
{
    /// <summary>True when <paramref name="name"/> is one of a run's per-replication tables.</summary>
    public static bool IsTable(string name) => Enum.GetValues<TableFormat>()
        .Any(f => name == ReplicationsTable.Table.FileName(f) || name == DestinationMonthsTable.Table.FileName(f));
}
