using Shortfall.Analysis.Running;
using Shortfall.Model.Results;

namespace Shortfall.Tests.Analysis.Running;

/// <summary>Hand-made replication results.</summary>
internal static class Results
{
    /// <summary>A replication whose deliveries are <paramref name="deliveries"/>[destination][month], all with the same target.</summary>
    public static ReplicationResult With(long replication, double target, int[][] deliveries, double[]? blocked = null)
    {
        var months = new List<DestinationMonth>();
        var totals = new List<DestinationTotals>();
        for (var d = 0; d < deliveries.Length; d++)
        {
            for (var m = 0; m < deliveries[d].Length; m++)
            {
                months.Add(new DestinationMonth(d, m, deliveries[d][m], target));
            }

            var missed = new int[Enum.GetValues<MissCause>().Length];
            missed[(int)MissCause.Power] = d + 1;
            totals.Add(new DestinationTotals(deliveries[d].Sum(), deliveries[d].Sum() * 2.0, 3 * (d + 1), 20, missed));
        }
        return new ReplicationResult(replication, months, totals, blocked ?? new double[Enum.GetValues<BlockCause>().Length],
            [new ProductLedger(10, 8, 1.5, 0.5, 0)], [new MaterialLedger(100, 60, 40, 5) { LostInCutBatches = 7 }], [new CarrierTotals(4, 1,
                1) { DistanceKm = 36, Stops = 6 }], [], 0.0, 100);
    }

    public static RunVariant Variant(string name, int destinations) =>
        new(name, null, Labels(destinations), _ => throw new InvalidOperationException());

    /// <summary>Destinations "d0", "d1", … of 10, 20, … people, one material "beans", one carrier kind "truck", from December 2021.</summary>
    public static PlantLabels Labels(int destinations) => new(
        Enumerable.Range(0, destinations).Select(d => $"d{d}").ToArray(),
        Enumerable.Range(0, destinations).Select(d => 10 * (d + 1)).ToArray(),
        ["beans"],
        ["truck"],
        new DateOnly(2021, 12, 15));
}
