namespace Shortfall.Model.Definition;

/// <summary>
/// One fully resolved plant: the immutable description a model is built from. Produced by the
/// scenario loader (baseline, or baseline with a variant's overrides applied) after validation,
/// so every reference between its parts is known to resolve and every number is in range.
/// Units: time in hours, power in kW, material and product quantities in their declared unit,
/// money in the scenario's currency.
/// </summary>
public sealed record Scenario(
    string Name,
    string Description,
    Horizon Horizon,
    IReadOnlyList<WorkCalendar> Calendars,
    PowerSupply Power,
    IReadOnlyList<Material> Materials,
    IReadOnlyList<Allocation> Allocations,
    IReadOnlyList<Product> Products,
    IReadOnlyList<ProductionLine> Lines,
    IReadOnlyList<Carrier> Carriers,
    IReadOnlyList<Destination> Destinations,
    DispatchRule Dispatch,
    IReadOnlyList<ServiceEquipment> Equipment,
    string Currency);
