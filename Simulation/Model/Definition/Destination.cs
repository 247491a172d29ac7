namespace Shortfall.Model.Definition;

/// <summary>
/// A place the plant must deliver to (a school): it wants <see cref="QuantityPerDelivery"/> of
/// <see cref="Product"/> on each day of its <see cref="Calendar"/>; a delivery counts toward the
/// target only if it brings at least <see cref="MinimumQuantity"/>.
/// </summary>
public sealed record Destination(
    string Name,
    string Product,
    int People,
    double QuantityPerDelivery,
    double MinimumQuantity,
    string Calendar,
    DeliveryTarget Target,
    double DistanceKm)
{
    /// <summary>Where it is on a map centred on the plant; null when only its distance is known.</summary>
    public Location? Position { get; init; }
}

/// <summary>A point <see cref="EastKm"/> east and <see cref="NorthKm"/> north of the plant.</summary>
public readonly record struct Location(double EastKm, double NorthKm)
{
    /// <summary>The straight-line distance from the plant.</summary>
    public double StraightLineKm => Math.Sqrt(EastKm * EastKm + NorthKm * NorthKm);

    /// <summary>The straight-line distance to <paramref name="other"/>.</summary>
    public double StraightLineTo(Location other) => Math.Sqrt(Math.Pow(EastKm - other.EastKm, 2) + Math.Pow(NorthKm - other.NorthKm, 2));
}

/// <summary>The policy target: a delivery every calendar day (<see cref="PerMonth"/> null),
/// or a fixed number of deliveries per month.</summary>
public sealed record DeliveryTarget(double? PerMonth)
{
    /// <summary>True when the target is a delivery on every day of the destination's calendar.</summary>
    public bool EveryCalendarDay => PerMonth is null;
}

/// <summary>How the plant chooses whom to serve when product and a carrier are available.</summary>
public enum DispatchRule
{
    /// <summary>Destinations in turn.</summary>
    RoundRobin,

    /// <summary>The destination whose last counted delivery is oldest first.</summary>
    MostOverdueFirst,
}
