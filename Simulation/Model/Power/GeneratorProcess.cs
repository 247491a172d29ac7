using Shortfall.Engine;
using Shortfall.Model.Definition;
using Shortfall.Model.Supplies;
using Shortfall.Model.Time;
using Shortfall.Model.Tracing;

namespace Shortfall.Model.Power;

/// <summary>
/// Runs the generator while the grid is off during the hours something needs power (a line's
/// shift, a service's opening hours) and fuel lasts. Fuel is taken an hour's worth at a time and
/// what is not burnt when the grid returns goes back to stock. Less fuel than a minute's running
/// is not worth starting for (and would make steps too short for the clock to resolve).
/// </summary>
internal sealed class GeneratorProcess
{
    private const double ChunkHours = 1;
    private const double MinimumRunHours = 1.0 / 60;
    private readonly Simulator _sim;
    private readonly Generator _generator;
    private readonly int _fuel;
    private readonly PowerNetwork _network;
    private readonly MaterialStocks _stocks;
    private readonly IReadOnlyList<DailyWindows> _demand;
    private readonly ITraceSink? _trace;

    public GeneratorProcess(Simulator sim, Generator generator, int fuel, PowerNetwork network, MaterialStocks stocks,
        IReadOnlyList<DailyWindows> demand, ITraceSink? trace)
    {
        _sim = sim;
        _generator = generator;
        _fuel = fuel;
        _network = network;
        _stocks = stocks;
        _demand = demand;
        _trace = trace;
        sim.Process(Run(), "generator");
    }

    public double HoursRun { get; private set; }

    private bool Needed(double time) => _demand.Any(d => d.IsOpen(time));

    private double NextDemandChange(double time) => _demand.Count == 0 ? double.PositiveInfinity : _demand.Min(d => d.NextChange(time));

    private IEnumerable<Event> Run()
    {
        while (true)
        {
            var now = _sim.Now;
            var fuelLeft = _stocks.Total(_fuel);
            var until = NextDemandChange(now);
            if (!_network.GridOn && Needed(now) && fuelLeft >= MinimumRunHours * _generator.FuelPerHour)
            {
                var end = Math.Min(now + Math.Min(ChunkHours, fuelLeft / _generator.FuelPerHour), until);
                var taken = _stocks.TakeFuel(_fuel, (end - now) * _generator.FuelPerHour);
                var hours = taken / _generator.FuelPerHour;
                Switch(_generator.CapacityKw);
                yield return _sim.TimeoutAt(end) | _network.GridChanged.Next;
                var ran = _sim.Now - now;
                HoursRun += ran;
                if (ran < hours)
                {
                    _stocks.ReturnFuel(_fuel, (hours - ran) * _generator.FuelPerHour);
                }
                continue;
            }
            Switch(0);
            var signals = _network.GridChanged.Next | _stocks.Changed.Next;
            yield return double.IsPositiveInfinity(until) ? signals : signals | _sim.TimeoutAt(until);
        }
    }

    private void Switch(double kw)
    {
        if (_network.GeneratorKw != kw)
        {
            _network.SetGenerator(kw);
            _trace?.Level(_sim.Now, TraceNames.Generator, kw > 0 ? 1 : 0);
        }
    }
}
