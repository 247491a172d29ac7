namespace Shortfall.Model.Definition;

/// <summary>A raw supply (soybeans, sugar, packaging, fuel…), measured in <see cref="Unit"/>,
/// with an opening stock and a storage limit (∞ when unlimited); what arrives beyond the limit is refused.</summary>
public sealed record Material(string Name, string Unit, double OpeningStock, double StorageCapacity)
{
    /// <summary>How the plant spreads its stock of the material over the days until the next allocation.</summary>
    public RationRule Ration { get; init; } = RationRule.None;
}

/// <summary>How a plant rations a material (see <c>Shortfall.Model.Supplies.MaterialRation</c>).</summary>
public enum RationRule
{
    /// <summary>Lines use the stock as fast as they can.</summary>
    None,

    /// <summary>All lines together use, each day, at most the stock on hand divided by the production days
    /// left until the material's next planned allocation (or the horizon's end), plus the rounding of one batch.</summary>
    UntilNextAllocation,
}

/// <summary>
/// A planned delivery of a material, e.g. the winter allocation. It arrives at all with
/// <see cref="ArrivalProbability"/>, after <see cref="Delay"/> hours past the planned date
/// (none when null), with the fraction <see cref="DeliveredFraction"/> of the quantity (all when null).
/// When <see cref="Programme"/> is set the stock is earmarked: only lines of that programme draw it.
/// </summary>
public sealed record Allocation(
    string Material,
    double Quantity,
    DateOnly Planned,
    Randomness.Distribution? Delay,
    Randomness.Distribution? DeliveredFraction,
    double ArrivalProbability,
    string? Programme);
