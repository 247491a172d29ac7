using Shortfall.Randomness;

namespace Shortfall.Model.Definition;

/// <summary>
/// A kind of carrier: <see cref="Count"/> units, each taking up to <see cref="Capacity"/> of product
/// a trip, on a route that calls at one or more destinations, when its <see cref="Calendar"/> allows
/// it to leave. A trip takes the route's km / <see cref="SpeedKmPerHour"/> plus
/// <see cref="HandlingHours"/> at each stop. Trucks burn fuel and break down; parents do neither.
/// <see cref="Serves"/> limits the destinations (all when empty).
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

/// <summary>Fuel drawn from a material's stock for a trip: <see cref="PerTrip"/> plus <see cref="PerKm"/> for every
/// km of its route, all taken when it leaves; a trip does not start without it.</summary>
public sealed record FuelUse(string Material, double PerTrip, double PerKm)
{
    /// <summary>The fuel a route of <paramref name="km"/> takes.</summary>
    public double For(double km) => PerTrip + PerKm * km;
}

/// <summary>Breakdowns after <see cref="Between"/> hours of driving; repairs take <see cref="Repair"/> hours.
/// A breakdown during a trip loses that trip's load.</summary>
public sealed record Breakdowns(Distribution Between, Distribution Repair);
