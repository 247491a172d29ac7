using Shortfall.Engine;
using Shortfall.Engine.Resources;
using Shortfall.Model.Definition;
using Shortfall.Model.Power;
using Shortfall.Model.Results;
using Shortfall.Model.Time;
using Shortfall.Randomness;

namespace Shortfall.Model.Service;

/// <summary>
/// Equipment that serves visits while it has power (the technology office's computers). Visits
/// arrive on their own clock; one during opening hours is served if a unit is free and its kW can be
/// drawn, and turned away otherwise. Visits outside opening hours do not happen. A session ends when
/// its power is cut (the screen goes dark and the visitor leaves; it does not resume) and is counted
/// as cut; it still counts as served.
/// </summary>
internal sealed class ServiceDesk
{
    private readonly Simulator _sim;
    private readonly ServiceEquipment _equipment;
    private readonly PowerNetwork _power;
    private readonly DailyWindows _open;
    private readonly RandomStream _visits;
    private readonly RandomStream _sessions;
    private int _free;
    private int _served;
    private int _noPower;
    private int _busy;
    private int _cut;

    public ServiceDesk(Simulator sim, ServiceEquipment equipment, PowerNetwork power, DailyWindows open, RandomStreams streams)
    {
        _sim = sim;
        _equipment = equipment;
        _power = power;
        _open = open;
        _free = equipment.Units;
        _visits = streams.Stream($"equipment/{equipment.Name}/visits");
        _sessions = streams.Stream($"equipment/{equipment.Name}/sessions");
        sim.Process(Visits(), $"visits to {equipment.Name}");
    }

    public EquipmentTotals Totals() => new(_served, _noPower, _busy) { SessionsCut = _cut };

    private IEnumerable<Event> Visits()
    {
        while (true)
        {
            yield return _sim.Timeout(_equipment.VisitInterval.SampleDuration(_visits));
            if (!_open.IsOpen(_sim.Now))
            {
                continue;
            }
            if (_free == 0)
            {
                _busy++;
                continue;
            }
            if (_power.TryDraw(_equipment.PowerKwPerUnit) is not { } draw)
            {
                _noPower++;
                continue;
            }
            _served++;
            _free--;
            _sim.Process(Session(draw), $"session at {_equipment.Name}");
        }
    }

    private IEnumerable<Event> Session(SupplyDraw draw)
    {
        var done = _sim.Timeout(_equipment.SessionHours.SampleDuration(_sessions));
        var wait = new Wait(_sim);
        while (!done.IsProcessed && !_power.IsCut(draw))
        {
            yield return wait.For(done, _power.Changed);
        }
        if (!_power.IsCut(draw))
        {
            _power.Release(draw);
        }
        else
        {
            _cut++;
        }
        _free++;
    }
}
