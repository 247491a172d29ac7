using Shortfall.Randomness;

namespace Shortfall.Model.Definition;

/// <summary>
/// A production line running batches of one recipe, one at a time, while staffed
/// (<see cref="StaffCalendar"/>), powered and supplied. A line of a <see cref="Programme"/>
/// draws earmarked stock of that programme before general stock.
/// </summary>
public sealed record ProductionLine(
    string Name,
    string? Programme,
    Recipe Recipe,
    string StaffCalendar);

/// <summary>One batch: consumes <see cref="Inputs"/> (material → quantity), needs
/// <see cref="PowerKw"/> for <see cref="BatchHours"/>, and yields <see cref="OutputQuantity"/> of <see cref="Output"/>.</summary>
public sealed record Recipe(
    IReadOnlyDictionary<string, double> Inputs,
    string Output,
    double OutputQuantity,
    Distribution BatchHours,
    double PowerKw);
