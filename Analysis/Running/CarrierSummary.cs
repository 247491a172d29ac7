namespace Shortfall.Analysis.Running;

/// <summary>A carrier kind's driving, mean per replication.</summary>
/// <param name="Name">The carrier kind's name.</param>
/// <param name="DistanceKm">Kilometres driven (or walked), lost trips included.</param>
/// <param name="Stops">Stops made at destinations.</param>
public sealed record CarrierSummary(string Name, double DistanceKm, double Stops);
