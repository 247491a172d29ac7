using Shortfall.Benchmarks.Models;
using Shortfall.Engine;
using Shortfall.Engine.Resources;

namespace Shortfall.Tests.Engine;

/// <summary>
/// Small deterministic versions of SimPy's documented examples (machine shop, bank renege,
/// gas station), with the event order worked out by hand from SimPy's rules: same-time events in
/// scheduling order, interrupts urgent, a released unit granted to the head of the line.
/// </summary>
public class SimPyExampleTests
{
    private readonly Simulator _sim = new();
    private readonly List<string> _log = [];

    /// <summary>One machine making a part every 10 h, breaking every 25 h, repairs of 30 h that
    /// preempt the repairman's 30 h jobs. Worked out: the break at 50 h finds the machine under repair
    /// and is ignored; the break at 75 h preempts the job begun at 60 h with 15 h left.</summary>
    [Fact]
    public void The_machine_shop_interrupts_work_and_preempts_the_repairmans_other_jobs()
    {
        var shop = new MachineShop(_sim, machines: 1, timePerPart: () => 10, timeToFailure: () => 25,
            repairTime: 30, jobDuration: 30, log: _log.Add);
        _sim.Run(until: 115);
        Assert.Equal(
        [
            "10 machine 0 part 1",
            "20 machine 0 part 2",
            "25 machine 0 broke",
            "25 job preempted, 5 left",
            "55 machine 0 repaired",
            "60 machine 0 part 3",
            "60 job done",
            "70 machine 0 part 4",
            "75 machine 0 broke",
            "75 job preempted, 15 left",
            "105 machine 0 repaired",
            "110 machine 0 part 5",
        ], _log);
        Assert.Equal([5], shop.PartsMade);
    }

    /// <summary>Bank renege: one counter; customers arrive at 0, 1, 2 with patience 5, 2, 3 and service 4 each.
    /// Customer 1 gives up at 3; customer 2 is served from 4 after waiting 2.</summary>
    [Fact]
    public void Bank_customers_renege_when_their_patience_runs_out()
    {
        var counter = new Resource(_sim, 1);
        _sim.Process(Customer("C0", counter, arrival: 0, patience: 5, service: 4));
        _sim.Process(Customer("C1", counter, arrival: 1, patience: 2, service: 4));
        _sim.Process(Customer("C2", counter, arrival: 2, patience: 3, service: 4));
        _sim.Run();
        Assert.Equal(
        [
            "0 C0 arrived",
            "0 C0 waited 0",
            "1 C1 arrived",
            "2 C2 arrived",
            "3 C1 reneged after 2",
            "4 C0 finished",
            "4 C2 waited 2",
            "8 C2 finished",
        ], _log);
    }

    private IEnumerable<Event> Customer(string name, Resource counter, double arrival, double patience, double service)
    {
        yield return _sim.Timeout(arrival);
        _log.Add($"{_sim.Now} {name} arrived");
        using var req = counter.Request();
        var arrived = _sim.Now;
        yield return req | _sim.Timeout(patience);
        if (!req.IsProcessed)
        {
            _log.Add($"{_sim.Now} {name} reneged after {_sim.Now - arrived}");
            yield break;
        }
        _log.Add($"{_sim.Now} {name} waited {_sim.Now - arrived}");
        yield return _sim.Timeout(service);
        _log.Add($"{_sim.Now} {name} finished");
    }

    /// <summary>Gas station: a 100 L pump, 2 dispensers, cars needing 30 L at 3 L per unit time
    /// arriving at 0, 5, 10, 15; a controller checking every 10 calls a tank truck (25 to arrive)
    /// below 50 %. The fourth car waits at the dispenser for the truck.</summary>
    [Fact]
    public void Gas_station_cars_wait_for_the_tank_truck_when_the_pump_runs_dry()
    {
        var pump = new Container(_sim, capacity: 100, initial: 100);
        var dispensers = new Resource(_sim, 2);
        _sim.Process(Control(pump));
        for (var i = 0; i < 4; i++)
        {
            _sim.Process(Car($"car{i}", dispensers, pump, arrival: 5 * i, needed: 30));
        }
        _sim.Run(until: 50);
        Assert.Equal(
        [
            "0 car0 arrived",
            "5 car1 arrived",
            "10 calling tank truck",
            "10 car2 arrived",
            "10 car0 refueled with 30",
            "15 car3 arrived",
            "15 car1 refueled with 30",
            "20 car2 refueled with 30",
            "35 tank truck refuelled 90",
            "45 car3 refueled with 30",
        ], _log);
        Assert.Equal(70, pump.Level);
    }

    private IEnumerable<Event> Car(string name, Resource dispensers, Container pump, double arrival, double needed)
    {
        yield return _sim.Timeout(arrival);
        _log.Add($"{_sim.Now} {name} arrived");
        using var dispenser = dispensers.Request();
        yield return dispenser;
        yield return pump.Get(needed);
        yield return _sim.Timeout(needed / 3);
        _log.Add($"{_sim.Now} {name} refueled with {needed}");
    }

    private IEnumerable<Event> Control(Container pump)
    {
        while (true)
        {
            if (pump.Level / pump.Capacity < 0.5)
            {
                _log.Add($"{_sim.Now} calling tank truck");
                yield return _sim.Process(TankTruck(pump));
            }
            yield return _sim.Timeout(10);
        }
    }

    private IEnumerable<Event> TankTruck(Container pump)
    {
        yield return _sim.Timeout(25);
        var amount = pump.Capacity - pump.Level;
        pump.Put(amount);
        _log.Add($"{_sim.Now} tank truck refuelled {amount}");
    }
}
