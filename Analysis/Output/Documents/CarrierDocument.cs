namespace Shortfall.Analysis.Output.Documents;

/// <summary>A carrier kind's driving, mean per replication.</summary>
/// <param name="Name">The carrier kind's name.</param>
/// <param name="DistanceKm">Kilometres driven (or walked), lost trips included.</param>
/// <param name="Stops">Stops made at destinations.</param>
public sealed record CarrierDocument(string Name, double DistanceKm, double Stops);
