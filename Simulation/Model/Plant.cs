using Shortfall.Engine;
using Shortfall.Model.Definition;
using Shortfall.Model.Delivery;
using Shortfall.Model.Power;
using Shortfall.Model.Production;
using Shortfall.Model.Products;
using Shortfall.Model.Results;
using Shortfall.Model.Service;
using Shortfall.Model.Supplies;
using Shortfall.Model.Time;
using Shortfall.Model.Tracing;
using Shortfall.Randomness;

namespace Shortfall.Model;

/// <summary>
/// A plant assembled from a scenario: resolves names to indices once, builds every component and
/// starts its processes. Each component draws from its own named random stream, so a variant that
/// adds or changes one component leaves every other component's draws unchanged.
/// </summary>
internal sealed class Plant
{
    private readonly Simulator _sim;
    private readonly PlanCalendar _plan;
    private readonly MaterialStocks _stocks;
    private readonly ProductInventory[] _inventories;
    private readonly ProductionLog _log;
    private readonly ProductionLineProcess[] _lines;
    private readonly DestinationBook _book;
    private readonly Dispatcher _dispatcher;
    private readonly TripRunner _trips;
    private readonly ServiceDesk[] _desks;
    private readonly GeneratorProcess? _generator;

    public Plant(Simulator sim, Scenario scenario, RandomStreams streams, ITraceSink? trace)
    {
        _sim = sim;
        var shared = PlantCalendars.Of(scenario);
        _plan = shared.Plan;
        var calendars = shared.Named;
        var materialIndex = IndexOf(scenario.Materials.Select(m => m.Name));
        var productIndex = IndexOf(scenario.Products.Select(p => p.Name));
        var programmes = scenario.Lines.Select(l => l.Programme).Concat(scenario.Allocations.Select(a => a.Programme))
            .OfType<string>().Distinct().ToList();

        _stocks = new MaterialStocks(sim, scenario.Materials, programmes);
        int? ProgrammeOf(string? name) => name is null ? null : programmes.IndexOf(name);
        foreach (var (allocation, i) in scenario.Allocations.Select((a, i) => (a, i)))
        {
            AllocationProcess.Start(sim, allocation, materialIndex[allocation.Material],
                ProgrammeOf(allocation.Programme), _stocks, _plan,
                streams.Stream($"allocation/{i}/{allocation.Material}"), trace, scenario.Materials[materialIndex[allocation.Material]].Unit);
        }

        var power = new PowerNetwork(sim, scenario.Power.CapacityKw);
        var gridSchedule = shared.Grid;
        _ = new GridProcess(sim, power, gridSchedule, scenario.Power.Outages, streams.Stream("power/outages"), trace);
        if (scenario.Power.Generator is { } generator)
        {
            _generator = new GeneratorProcess(sim, generator, materialIndex[generator.Fuel], power, _stocks, trace);
        }
        // Only a line that would lose a cut batch needs to look ahead before starting one.
        var outlook = scenario.Power.OnPowerLoss == PowerLossPolicy.LoseBatch ? new PowerOutlook(gridSchedule, _generator) : null;

        _inventories = [.. scenario.Products.Select(p => new ProductInventory(sim, p))];
        var fleet = new Fleet(sim, scenario.Carriers, [.. scenario.Carriers.Select(c => calendars[c.Calendar])], scenario.Destinations,
            materialIndex, streams);
        _log = new ProductionLog(scenario.Products.Count, _plan.Days);
        var roads = new RoadMap(scenario.Destinations);
        MaterialRation? ration = null;
        // The plan asks about a round trip to the nearest destination; the ration is built below, once the plan exists.
        CarrierHasFuel hasFuel = (kind, days) =>
            FuelRule.CanGo(fleet, kind, _stocks, ration, roads, 2 * roads.NearestKm, sim.Now, days);
        var demand = scenario.Products.Select(p => DemandOf(p, scenario, calendars, hasFuel)).ToArray();
        if (scenario.Materials.Any(m => m.Ration != RationRule.None))
        {
            ration = Ration(scenario, calendars, demand, productIndex);
        }
        var floor = new PlantFloor(sim, _stocks, power, fleet, _log, trace);
        _lines = [.. scenario.Lines.Select(line => new ProductionLineProcess(
            floor,
            new LineSetup(
                line,
                [.. line.Recipe.Inputs.Select(kv => (materialIndex[kv.Key], kv.Value))],
                ProgrammeOf(line.Programme),
                productIndex[line.Recipe.Output],
                _inventories[productIndex[line.Recipe.Output]],
                calendars[line.StaffCalendar],
                streams.Stream($"line/{line.Name}")),
            new LinePlan(scenario.Power.OnPowerLoss, outlook, ration, demand[productIndex[line.Recipe.Output]])))];

        _book = new DestinationBook(scenario.Destinations, [.. scenario.Destinations.Select(d => calendars[d.Calendar])], _plan);
        var depot = new Depot(_inventories, [.. scenario.Destinations.Select(d => productIndex[d.Product])], _stocks, ration, _log);
        _trips = new TripRunner(sim, fleet, _book, roads, depot, streams, trace);
        _dispatcher = new Dispatcher(sim, _book, fleet, depot, new ServiceOrder(scenario.Dispatch, _book, scenario.Destinations),
            new RoutePlanner(fleet, _book, roads, depot), _trips);

        _desks = [.. scenario.Equipment.Select(e => new ServiceDesk(sim, e, power, calendars[e.Calendar], streams))];

        if (trace is not null)
        {
            sim.Process(SampleLevels(scenario, trace), "trace sampler");
        }
    }

    public double EndTime => _plan.EndTime;

    /// <summary>Closes the books at the end of the horizon and collects the results.</summary>
    public ReplicationResult Finish(long replication)
    {
        foreach (var line in _lines)
        {
            line.Settle();
        }
        _dispatcher.CatchUp(_plan.EndTime);
        return new ReplicationResult(
            replication,
            _book.Months(),
            _book.Totals(),
            _log.Totals,
            [.. _inventories.Select(i => i.Ledger())],
            [.. Enumerable.Range(0, _stocks.MaterialCount).Select(_stocks.Ledger)],
            _trips.Totals(),
            [.. _desks.Select(d => d.Totals())],
            _generator?.HoursRun ?? 0,
            _sim.ProcessedEvents);
    }

    private IEnumerable<Event> SampleLevels(Scenario scenario, ITraceSink trace)
    {
        while (true)
        {
            for (var m = 0; m < scenario.Materials.Count; m++)
            {
                trace.Level(_sim.Now, TraceNames.Material(scenario.Materials[m].Name), _stocks.Total(m));
            }
            foreach (var inventory in _inventories)
            {
                trace.Level(_sim.Now, TraceNames.Product(inventory.Product.Name), inventory.Available);
            }
            yield return _sim.Timeout(1);
        }
    }

    /// <summary>The outlook of a product made for use, from its destinations' calendars and the duty of the carriers
    /// that serve them; null for a product made to stock, or one no destination receives.</summary>
    private DemandOutlook? DemandOf(Product product, Scenario scenario, IReadOnlyDictionary<string, DailyWindows> calendars, CarrierHasFuel hasFuel)
    {
        var destinations = scenario.Destinations.Where(d => d.Product == product.Name).ToList();
        if (product.Make != MakeRule.ForUse || destinations.Count == 0)
        {
            return null;
        }
        var serves = scenario.Carriers
            .Select(c => destinations.Select(d => c.Count > 0 && (c.Serves.Count == 0 || c.Serves.Contains(d.Name))).ToArray())
            .ToArray();
        return new DemandOutlook(product.ShelfLifeHours, [.. destinations.Select(d => calendars[d.Calendar])],
            [.. scenario.Carriers.Select(c => calendars[c.Calendar])], serves, hasFuel, _plan.Days);
    }

    /// <summary>The ration, from each material's planned allocation days and its use days: days a line that uses it is
    /// staffed (and, for a product made for use, wanted by a destination), or a carrier that burns it is on duty while
    /// a destination it serves is open.</summary>
    private MaterialRation Ration(Scenario scenario, IReadOnlyDictionary<string, DailyWindows> calendars, DemandOutlook?[] demand,
        Dictionary<string, int> productIndex)
    {
        var planned = scenario.Materials
            .Select(m => scenario.Allocations.Where(a => a.Material == m.Name).Select(a => a.Planned.DayNumber - _plan.Start.DayNumber).ToArray())
            .ToArray();
        var use = scenario.Materials.Select(m =>
        {
            var lines = scenario.Lines.Where(l => l.Recipe.Inputs.ContainsKey(m.Name))
                .Select(l => (Staff: calendars[l.StaffCalendar], Demand: demand[productIndex[l.Recipe.Output]])).ToList();
            var carriers = scenario.Carriers.Where(c => c.Count > 0 && c.Fuel?.Material == m.Name)
                .Select(c => (Duty: calendars[c.Calendar], Served: scenario.Destinations
                    .Where(d => c.Serves.Count == 0 || c.Serves.Contains(d.Name)).Select(d => calendars[d.Calendar]).ToList()))
                .ToList();
            var days = new bool[_plan.Days];
            for (var d = 0; d < days.Length; d++)
            {
                days[d] = UsedOn(d, lines, carriers);
            }
            return days;
        }).ToArray();
        return new MaterialRation(_stocks, scenario.Materials, planned, use);
    }

    // Loops, not LINQ: a closure per day was a sixth of what a replication allocated.
    private static bool UsedOn(int day, List<(DailyWindows Staff, DemandOutlook? Demand)> lines, List<(DailyWindows Duty, List<DailyWindows> Served)> carriers)
    {
        foreach (var (staff, demand) in lines)
        {
            if (staff.IsOpenDay(day) && (demand is null || demand.Wanted(day)))
            {
                return true;
            }
        }
        foreach (var (duty, served) in carriers)
        {
            if (!duty.IsOpenDay(day))
            {
                continue;
            }
            foreach (var open in served)
            {
                if (open.IsOpenDay(day))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static Dictionary<string, int> IndexOf(IEnumerable<string> names) =>
        names.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i);
}
