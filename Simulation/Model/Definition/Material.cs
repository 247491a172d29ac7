namespace Shortfall.Model.Definition;

/// <summary>A raw supply (soybeans, sugar, packaging, fuel…), measured in <see cref="Unit"/>,
/// with an opening stock and a storage limit (∞ when unlimited); what arrives beyond the limit is refused.</summary>
public sealed record Material(string Name, string Unit, double OpeningStock, double StorageCapacity);

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
