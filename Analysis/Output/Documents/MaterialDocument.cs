namespace Shortfall.Analysis.Output.Documents;

/// <summary>A material's losses, mean per replication.</summary>
/// <param name="Name">The material's name.</param>
/// <param name="Refused">Arrivals refused for want of storage.</param>
/// <param name="LostInCutBatches">The part of consumption that went into batches a power cut lost.</param>
public sealed record MaterialDocument(string Name, double Refused, double LostInCutBatches);
