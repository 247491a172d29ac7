using Shortfall.Engine;
using Shortfall.Engine.Resources;
using Shortfall.Model.Definition;
using Shortfall.Model.Delivery;
using Shortfall.Model.Power;
using Shortfall.Model.Products;
using Shortfall.Model.Results;
using Shortfall.Model.Supplies;
using Shortfall.Model.Time;
using Shortfall.Model.Tracing;
using Shortfall.Randomness;

namespace Shortfall.Model.Production;

/// <summary>
/// A production line: starts a batch whenever it is staffed, its inputs are in stock (and the plant's
/// ration, if any, allows them: see <see cref="MaterialRation"/>), a product made for use can be used
/// (see <see cref="DemandOutlook"/>: a day with no destination open within the shelf life is idle by
/// plan and books nothing; one with no carrier on duty and able to go then is blocked by
/// <c>Carrier</c>), its output
/// has room and is wanted (below the product's restocking level) and the power it needs is on; otherwise waits for any of those to change, booking the
/// wait to the cause that binds (see <see cref="BlockCause"/>). A batch once started runs to the end
/// of its duration while powered; if power is cut it pauses until power returns, or is lost, as
/// the scenario says. A shift that ends mid-batch does not stop the batch. A line that would lose
/// a cut batch plans by the published grid schedule and the generator (see <see cref="PowerOutlook"/>):
/// it does not start a batch when the scheduled supply ends before the recipe's mean duration has
/// passed and the generator has not the fuel and kW to carry it the rest of the way, as no operator
/// would throw the ingredients into a batch that is sure to be cut (random outages it cannot foresee).
/// </summary>
internal sealed class ProductionLineProcess
{
    private readonly Simulator _sim;
    private readonly ProductionLine _line;
    private readonly (int Material, double Quantity)[] _inputs;
    private readonly int? _programme;
    private readonly ProductInventory _output;
    private readonly MaterialStocks _stocks;
    private readonly PowerNetwork _power;
    private readonly DailyWindows _staff;
    private readonly Fleet _fleet;
    private readonly ProductionLog _log;
    private readonly LinePlan _plan;
    private readonly RandomStream _random;
    private readonly ITraceSink? _trace;
    private readonly Wait _wait;

    public ProductionLineProcess(PlantFloor floor, LineSetup setup, LinePlan plan)
    {
        (_sim, _stocks, _power, _fleet, _log, _trace) = floor;
        (_line, _inputs, _programme, Product, _output, _staff, _random) = setup;
        _plan = plan;
        _log.Register(this);
        _wait = new Wait(_sim);
        _sim.Process(Run(), $"line {_line.Name}");
    }

    public int Product { get; }

    /// <summary>What blocks the line now, or null when it is running or simply off shift.</summary>
    public BlockCause? PendingCause { get; private set; }

    public double PendingSince { get; private set; }

    public int Batches { get; private set; }

    private double Output => _line.Recipe.OutputQuantity;

    private double Kw => _line.Recipe.PowerKw;

    /// <summary>Books the open blocked interval up to now.</summary>
    public void Settle()
    {
        if (PendingCause is { } cause && _sim.Now > PendingSince)
        {
            _log.Accrue(Product, cause, PendingSince, _sim.Now);
        }
        PendingSince = _sim.Now;
    }

    private IEnumerable<Event> Run()
    {
        while (true)
        {
            var now = _sim.Now;
            var staffed = _staff.IsOpen(now);
            // Held back by the plant's ration, a line waits for its input like one whose stock is out.
            var inputs = _stocks.CanConsume(_inputs, _programme) && (_plan.Ration is null || _plan.Ration.Allows(_inputs, now));
            var room = _output.HasRoomFor(Output);
            var outlook = _plan.Demand?.On(PlanCalendar.DayOf(now)) ?? Outlook.Use;
            // No destination open before the product would spoil: as idle by plan as a full restocking level.
            var wanted = _output.WantsMore && outlook != Outlook.NoDemand;
            var carried = outlook == Outlook.Use;
            var transport = outlook switch { Outlook.NoFuel => BlockCause.Fuel, Outlook.NoCarrier => BlockCause.Carrier, _ => (BlockCause?)null };
            var power = _power.CanDraw(Kw) && ScheduleLeavesTime(now);
            if (staffed && inputs && room && power && wanted && carried)
            {
                Block(null);
                foreach (var step in Batch())
                {
                    yield return step;
                }
                continue;
            }
            // A line with enough product on hand is idle by choice: nothing is lost, nothing booked.
            Block(!wanted ? null : staffed ? FirstCause(inputs, power, transport) : inputs && power && room && carried ? BlockCause.Staff : null);
            var wake = Math.Min(_staff.NextChange(now), (PlanCalendar.DayOf(now) + 1) * 24.0);
            if (!room || !wanted)
            {
                wake = Math.Min(wake, _output.NextExpiry);
            }
            // Power changes nothing while the line could not start for another reason and books no cause that power decides.
            var powerMatters = wanted && carried && inputs && (staffed || room);
            yield return powerMatters
                ? _wait.For(_sim.TimeoutAt(wake), _power.Changed, _stocks.Changed, _output.Changed, _fleet.Changed)
                : _wait.For(_sim.TimeoutAt(wake), _stocks.Changed, _output.Changed, _fleet.Changed);
        }
    }

    /// <summary>False when a line that would lose a cut batch cannot count on power for a batch of mean duration.</summary>
    private bool ScheduleLeavesTime(double now) =>
        _plan.Power is null || _plan.Power.Lasts(now, Kw, _line.Recipe.BatchHours.Mean);

    /// <summary>The cause to book: the plan's first question, whether the product can be taken out, before inputs and power.</summary>
    private BlockCause FirstCause(bool inputs, bool power, BlockCause? transport) =>
        transport is { } cause ? cause
        : !inputs ? BlockCause.Input
        : !power ? BlockCause.Power
        : _fleet.AnyFree(_sim.Now) ? BlockCause.Storage : BlockCause.Carrier;

    private IEnumerable<Event> Batch()
    {
        _plan.Ration?.Consumed(_inputs, _sim.Now);
        _stocks.Consume(_inputs, _programme);
        _output.Reserve(Output);
        var draw = _power.TryDraw(Kw) ?? throw new InvalidOperationException($"line {_line.Name} started a batch without power");
        var remaining = _line.Recipe.BatchHours.SampleDuration(_random);
        _trace?.Event(_sim.Now, "batch_start", _line.Name, $"{remaining:0.###} h");
        while (remaining > 0)
        {
            var start = _sim.Now;
            var done = _sim.Timeout(remaining);
            yield return _wait.For(done, _power.Changed);
            remaining = done.IsProcessed ? 0 : remaining - (_sim.Now - start);
            if (remaining <= 0 || !_power.IsCut(draw))
            {
                continue;
            }
            if (_plan.OnPowerLoss == PowerLossPolicy.LoseBatch)
            {
                _output.BatchLost(Output);
                _stocks.LoseBatch(_inputs);
                _trace?.Event(_sim.Now, "batch_lost", _line.Name, "power cut");
                yield break;
            }
            Block(BlockCause.Power);
            SupplyDraw? again;
            while ((again = _power.TryDraw(Kw)) is null)
            {
                yield return _wait.For(_sim.TimeoutAt((PlanCalendar.DayOf(_sim.Now) + 1) * 24.0), _power.Changed);
                Settle();
            }
            draw = again.Value;
            Block(null);
        }
        _power.Release(draw);
        _output.Add(Output);
        Batches++;
        _trace?.Event(_sim.Now, "batch_done", _line.Name, TraceNames.Quantity(Output, _output.Product.Unit));
    }

    private void Block(BlockCause? cause)
    {
        Settle();
        PendingCause = cause;
    }
}
