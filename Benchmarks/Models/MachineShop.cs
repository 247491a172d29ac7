using Shortfall.Engine;
using Shortfall.Engine.Resources;

namespace Shortfall.Benchmarks.Models;

/// <summary>
/// The machine shop of SimPy's documentation and SimSharp's headline benchmark: machines make
/// parts one after another; each machine breaks down now and then, which interrupts the part in
/// progress; one repairman, a preemptive resource, repairs machines (priority 1) and otherwise
/// does other jobs of his own (priority 2), which a repair preempts. Durations in hours.
/// </summary>
public sealed class MachineShop
{
    private readonly Simulator _sim;
    private readonly PreemptiveResource _repairman;
    private readonly Func<double> _timePerPart;
    private readonly Func<double> _timeToFailure;
    private readonly double _repairTime;
    private readonly double _jobDuration;
    private readonly Action<string>? _log;
    private readonly int[] _partsMade;

    /// <summary>Builds the shop and starts its processes in <paramref name="sim"/>.</summary>
    public MachineShop(Simulator sim, int machines, Func<double> timePerPart, Func<double> timeToFailure,
        double repairTime, double jobDuration, Action<string>? log = null)
    {
        _sim = sim;
        _repairman = new PreemptiveResource(sim, 1);
        _timePerPart = timePerPart;
        _timeToFailure = timeToFailure;
        _repairTime = repairTime;
        _jobDuration = jobDuration;
        _log = log;
        _partsMade = new int[machines];
        for (var i = 0; i < machines; i++)
        {
            var state = new MachineState();
            var working = sim.Process(Working(i, state), $"machine {i}");
            sim.Process(Breaking(working, state), $"breaker {i}");
        }
        sim.Process(OtherJobs(), "other jobs");
    }

    /// <summary>Parts made by each machine so far.</summary>
    public IReadOnlyList<int> PartsMade => _partsMade;

    private IEnumerable<Event> Working(int machine, MachineState state)
    {
        var me = _sim.ActiveProcess!;
        while (true)
        {
            var doneIn = _timePerPart();
            while (doneIn > 0)
            {
                var start = _sim.Now;
                yield return _sim.Timeout(doneIn);
                if (!me.TryTakeInterrupt(out _))
                {
                    break;
                }
                state.Broken = true;
                doneIn -= _sim.Now - start;
                _log?.Invoke($"{_sim.Now} machine {machine} broke");
                using (var repair = _repairman.Request(priority: 1, preempt: true))
                {
                    yield return repair;
                    yield return _sim.Timeout(_repairTime);
                }
                state.Broken = false;
                _log?.Invoke($"{_sim.Now} machine {machine} repaired");
            }
            _partsMade[machine]++;
            _log?.Invoke($"{_sim.Now} machine {machine} part {_partsMade[machine]}");
        }
    }

    private IEnumerable<Event> Breaking(Process working, MachineState state)
    {
        while (true)
        {
            yield return _sim.Timeout(_timeToFailure());
            if (!state.Broken)
            {
                working.Interrupt();
            }
        }
    }

    private IEnumerable<Event> OtherJobs()
    {
        var me = _sim.ActiveProcess!;
        while (true)
        {
            var doneIn = _jobDuration;
            while (doneIn > 0)
            {
                using var job = _repairman.Request(priority: 2, preempt: true);
                yield return job;
                var start = _sim.Now;
                yield return _sim.Timeout(doneIn);
                if (me.TryTakeInterrupt(out _))
                {
                    doneIn -= _sim.Now - start;
                    _log?.Invoke($"{_sim.Now} job preempted, {doneIn} left");
                }
                else
                {
                    doneIn = 0;
                    _log?.Invoke($"{_sim.Now} job done");
                }
            }
        }
    }

    private sealed class MachineState
    {
        public bool Broken { get; set; }
    }
}
