using Shortfall.Engine;
using Shortfall.Model.Definition;
using Shortfall.Model.Time;
using Shortfall.Model.Tracing;
using Shortfall.Randomness;

namespace Shortfall.Model.Supplies;

/// <summary>
/// One planned allocation: decides at the start of the run, from its own random stream, whether it
/// arrives, how late and how much, then delivers it to the stocks at that time. Traced, an allocation
/// that will not arrive says so at the start (an event then, rather than a process scheduled only for
/// tracing, which would change the order of simultaneous events and so the replication).
/// </summary>
internal static class AllocationProcess
{
    public static void Start(Simulator sim, Allocation allocation, int material, int? programme, MaterialStocks stocks,
        PlanCalendar plan, RandomStream random, ITraceSink? trace, string unit)
    {
        // Draw all three numbers whatever the outcome, so the stream's use does not depend on it.
        var arrives = random.NextDouble() < allocation.ArrivalProbability;
        var delay = allocation.Delay?.SampleDuration(random) ?? 0;
        var fraction = allocation.DeliveredFraction?.Sample(random) ?? 1;
        var due = (allocation.Planned.DayNumber - plan.Start.DayNumber) * 24.0 + delay;
        if (!arrives || due >= plan.EndTime || fraction <= 0)
        {
            var why = !arrives ? "does not arrive" : fraction <= 0 ? "arrives empty" : "arrives after the run ends";
            trace?.Event(sim.Now, "allocation_missed", allocation.Material,
                $"{TraceNames.Quantity(allocation.Quantity, unit)} planned for {allocation.Planned:yyyy-MM-dd} {why}");
            return;
        }
        sim.Process(Deliver(Math.Max(0, due), allocation.Quantity * Math.Min(1, fraction)), $"allocation of {allocation.Material}");

        IEnumerable<Event> Deliver(double at, double quantity)
        {
            yield return sim.TimeoutAt(at);
            var accepted = stocks.Receive(material, quantity, programme);
            trace?.Event(sim.Now, "allocation", allocation.Material,
                $"{TraceNames.Quantity(accepted, unit)} accepted of {TraceNames.Quantity(quantity, unit)}");
        }
    }
}
