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
    double DistanceKm);

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
