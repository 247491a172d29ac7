using Shortfall.Engine;
using Shortfall.Model.Definition;
using Shortfall.Model.Delivery;
using Shortfall.Model.Power;
using Shortfall.Model.Products;
using Shortfall.Model.Supplies;
using Shortfall.Model.Time;
using Shortfall.Model.Tracing;
using Shortfall.Randomness;

namespace Shortfall.Model.Production;

/// <summary>What every line of a plant shares: the stocks it draws, the power it runs on, the fleet that empties
/// its store, the log of its blocked hours, and the trace.</summary>
internal sealed record PlantFloor(Simulator Sim, MaterialStocks Stocks, PowerNetwork Power, Fleet Fleet, ProductionLog Log, ITraceSink? Trace);

/// <summary>One line, resolved against the plant: its definition, its inputs by material index, the programme whose
/// earmarked stock it draws first (null for none), the product it makes and its store, its shifts and its random stream.</summary>
internal sealed record LineSetup(
    ProductionLine Line,
    (int Material, double Quantity)[] Inputs,
    int? Programme,
    int Product,
    ProductInventory Output,
    DailyWindows Staff,
    RandomStream Random);

/// <summary>The rules a line follows: what a power cut does to a batch, whether it looks ahead at the power before
/// starting one, the ration of its inputs, and the plan for a product made for use (each null when not in force).</summary>
internal sealed record LinePlan(PowerLossPolicy OnPowerLoss, PowerOutlook? Power, MaterialRation? Ration, DemandOutlook? Demand);
