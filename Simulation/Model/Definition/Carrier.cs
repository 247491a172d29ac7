using Shortfall.Randomness;

namespace Shortfall.Model.Definition;

/// <summary>
/// A kind of carrier: <see cref="Count"/> units, each taking up to <see cref="Capacity"/> of product
/// to one destination a trip, when its <see cref="Calendar"/> allows. A round trip takes
/// 2 × distance / <see cref="SpeedKmPerHour"/> + <see cref="HandlingHours"/>. Trucks burn fuel and
/// break down; parents do neither. <see cref="Serves"/> limits the destinations (all when empty).
/// </summary>
public sealed record Carrier(
    string Name,
    int Count,
    double Capacity,
    double SpeedKmPerHour,
    Distribution HandlingHours,
    string Calendar,
    FuelUse? Fuel,
    Breakdowns? Breakdowns,
    IReadOnlyList<string> Serves);

/// <summary>Fuel drawn from a material's stock for each trip; a trip does not start without it.</summary>
public sealed record FuelUse(string Material, double PerTrip);

/// <summary>Breakdowns after <see cref="Between"/> hours of driving; repairs take <see cref="Repair"/> hours.
/// A breakdown during a trip loses that trip's load.</summary>
public sealed record Breakdowns(Distribution Between, Distribution Repair);
