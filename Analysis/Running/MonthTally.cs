using Shortfall.Model.Results;

namespace Shortfall.Analysis.Running;

/// <summary>One calendar month of one replication, over the destinations open in it.</summary>
/// <param name="DestinationMonths">Destinations open in the month.</param>
/// <param name="Deliveries">Deliveries that counted, summed over them.</param>
/// <param name="Empty">Those that received nothing at all (<see cref="ReplicationMetrics.GotNothing"/>).</param>
public readonly record struct MonthTally(int DestinationMonths, long Deliveries, int Empty)
{
    /// <summary>The mean deliveries per destination open in the month; null when none is.</summary>
    public double? Mean => DestinationMonths > 0 ? (double)Deliveries / DestinationMonths : null;

    /// <summary>This tally with <paramref name="month"/> added.</summary>
    public MonthTally With(DestinationMonth month) =>
        new(DestinationMonths + 1, Deliveries + month.Deliveries, Empty + (ReplicationMetrics.GotNothing(month) ? 1 : 0));
}
