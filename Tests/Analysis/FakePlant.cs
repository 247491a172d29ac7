using Shortfall.Analysis.Running;
using Shortfall.Model.Results;
using Shortfall.Randomness;

namespace Shortfall.Tests.Analysis;

/// <summary>
/// A stand-in for the plant model with known statistics: each destination-month gets a delivery
/// on each of <see cref="Days"/> days with probability <see cref="DeliveryProbability"/>
/// (so its count is binomial), from the replication's random streams alone; other figures are
/// simple functions of the same draws. <see cref="ScrambleMicroseconds"/> makes replications
/// take different times, so that they finish out of index order on several threads.
/// </summary>
internal sealed record FakePlant(
    double DeliveryProbability,
    int Destinations = 3,
    int Months = 4,
    int Days = 20,
    double Target = 12,
    int ScrambleMicroseconds = 0)
{
    public ReplicationResult Replicate(ulong seed, long replication)
    {
        var random = new RandomStreams(seed, replication).Stream("deliveries");
        if (ScrambleMicroseconds > 0)
        {
            Spin(random.NextInt(ScrambleMicroseconds));
        }

        var months = new List<DestinationMonth>();
        var totals = new List<DestinationTotals>();
        var blocked = new double[Enum.GetValues<BlockCause>().Length];
        for (var d = 0; d < Destinations; d++)
        {
            var deliveries = 0;
            var missed = new int[Enum.GetValues<MissCause>().Length];
            for (var m = 0; m < Months; m++)
            {
                var count = 0;
                for (var day = 0; day < Days; day++)
                {
                    // The same draws for every probability, so a better plant delivers on a superset of days.
                    var u = random.NextDouble();
                    if (u < DeliveryProbability)
                    {
                        count++;
                    }
                    else
                    {
                        missed[(int)(u * 1e6) % missed.Length]++;
                    }
                }
                months.Add(new DestinationMonth(d, m, count, Target));
                deliveries += count;
            }
            totals.Add(new DestinationTotals(deliveries, deliveries * 10.0, Months * Days - deliveries, Months * Days, missed));
            blocked[d % blocked.Length] += (Months * Days - deliveries) * 1.5;
        }
        var produced = months.Sum(m => m.Deliveries) * 10.0 + 7.25;
        return new ReplicationResult(
            replication,
            months,
            totals,
            blocked,
            [new ProductLedger(produced, produced - 7.25, 7.25, 0.0, 1)],
            [new MaterialLedger(100.0, 50.0, 50.0, 0.0)],
            [new CarrierTotals(months.Sum(m => m.Deliveries), 2, 3)],
            [],
            GeneratorHours: 0.5,
            Events: 1000 + replication);
    }

    public RunVariant Variant(string name, ulong seed, double? cost = null) => new(name, cost, Labels(new DateOnly(2021, 11, 1)), k => Replicate(seed, k));

    /// <summary>Destinations "school 1", "school 2", … of 100, 200, … pupils, its one material and its one carrier kind.</summary>
    public PlantLabels Labels(DateOnly firstMonth) => new(
        Enumerable.Range(0, Destinations).Select(d => $"school {d + 1}").ToArray(),
        Enumerable.Range(0, Destinations).Select(d => 100 * (d + 1)).ToArray(),
        ["soybeans"],
        ["truck"],
        firstMonth);

    private static void Spin(int microseconds)
    {
        var until = System.Diagnostics.Stopwatch.GetTimestamp() + microseconds * System.Diagnostics.Stopwatch.Frequency / 1_000_000;
        while (System.Diagnostics.Stopwatch.GetTimestamp() < until)
        {
            Thread.SpinWait(10);
        }
    }
}
