namespace Shortfall.Analysis.Output;

/// <summary>One replication's rows of replications.csv and destination-months.csv, as UTF-8.</summary>
public sealed record RenderedReplication(byte[] Replications, byte[] DestinationMonths);
