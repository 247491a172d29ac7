using Shortfall.Engine;
using Shortfall.Model.Definition;
using Shortfall.Model.Supplies;
using Shortfall.Model.Tracing;

namespace Shortfall.Model.Power;

/// <summary>
/// A generator on standby while it has fuel: it offers its kW whenever the grid is off, and runs
/// (burns fuel) only while the grid is off and something draws from it: a batch running or resumed,
/// a service session. The switch-over is instantaneous, so a batch running on the grid carries on
/// when the grid goes off if the generator has the kW for everything drawn. Idle shift hours burn
/// nothing. Fuel is taken an hour's worth at a time and what is not burnt when the load or the grid
/// changes goes back to stock. It never burns its fuel's stock below <see cref="Generator.ReserveFuel"/>. Less fuel than a minute's running is not worth
/// starting for (and
/// would make steps too short for the clock to resolve): with less, the generator offers nothing.
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
    private readonly ITraceSink? _trace;
    private bool _running;
    private double _chunkStart;
    private double _chunkHours;

    public GeneratorProcess(Simulator sim, Generator generator, int fuel, PowerNetwork network, MaterialStocks stocks, ITraceSink? trace)
    {
        _sim = sim;
        _generator = generator;
        _fuel = fuel;
        _network = network;
        _stocks = stocks;
        _trace = trace;
        sim.Process(Run(), "generator");
    }

    public double HoursRun { get; private set; }

    /// <summary>Fuel in stock the generator may burn: all of it above the reserve it leaves for the carriers.</summary>
    private double Usable => Math.Max(0, _stocks.Total(_fuel) - _generator.ReserveFuel);

    private bool HasFuel => Usable >= MinimumRunHours * _generator.FuelPerHour;

    /// <summary>
    /// True when the generator could carry everything drawn now plus <paramref name="kw"/> for
    /// <paramref name="hours"/> of running: it has the kW, and the fuel in stock (with what is left of
    /// the hour's worth it is burning) lasts that long.
    /// </summary>
    public bool CanCarry(double kw, double hours)
    {
        var left = Usable + (_running ? Math.Max(0, _chunkHours - (_sim.Now - _chunkStart)) * _generator.FuelPerHour : 0);
        return _network.DrawnKw + kw <= _generator.CapacityKw && left >= hours * _generator.FuelPerHour;
    }

    private IEnumerable<Event> Run()
    {
        var wait = new Wait(_sim);
        while (true)
        {
            _network.SetGenerator(HasFuel ? _generator.CapacityKw : 0);
            if (_network.GeneratorLoaded)
            {
                var now = _sim.Now;
                var end = now + Math.Min(ChunkHours, Usable / _generator.FuelPerHour);
                var hours = _stocks.TakeFuel(_fuel, (end - now) * _generator.FuelPerHour) / _generator.FuelPerHour;
                (_chunkStart, _chunkHours) = (now, hours);
                Running(true);
                // Two nested conditions, not one wait: the outer is met one scheduling step after the inner, and
                // that order among same-instant events (and the event count) is the model's.
                yield return _sim.TimeoutAt(end) | _network.GridChanged.Next | _network.Changed.Next;
                var ran = _sim.Now - now;
                HoursRun += ran;
                if (ran < hours)
                {
                    _stocks.ReturnFuel(_fuel, (hours - ran) * _generator.FuelPerHour);
                }
                continue;
            }
            Running(false);
            // Fuel taken by a carrier may leave the generator unable to stand by.
            yield return wait.For(_network.GridChanged, _network.GeneratorDrawn, _stocks.Changed, _stocks.FuelTaken);
        }
    }

    private void Running(bool running)
    {
        if (_running != running)
        {
            _running = running;
            _trace?.Level(_sim.Now, TraceNames.Generator, running ? 1 : 0);
        }
    }
}
