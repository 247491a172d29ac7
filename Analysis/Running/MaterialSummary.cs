namespace Shortfall.Analysis.Running;

/// <summary>A material's losses, mean per replication.</summary>
/// <param name="Name">The material's name.</param>
/// <param name="Refused">Arrivals refused for want of storage.</param>
/// <param name="LostInCutBatches">Consumed by batches that a power cut lost.</param>
public sealed record MaterialSummary(string Name, double Refused, double LostInCutBatches);
