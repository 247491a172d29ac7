using Shortfall.Analysis.Statistics;
using Shortfall.Model;
using Shortfall.Model.Definition;
using Shortfall.Model.Results;
using Shortfall.Randomness;

namespace Shortfall.Tests.Scenarios;

/// <summary>
/// Replications of a baseline and a changed scenario on common random numbers (replication k of both
/// uses the streams of (seed, k)), as <c>shortfall run</c> pairs a remedy with the baseline.
/// </summary>
internal static class PairedRuns
{
    public const ulong Seed = 1;

    /// <summary>Deliveries per destination-month, the report's headline, of one replication.</summary>
    public static double DeliveriesPerDestinationMonth(ReplicationResult result) => result.DestinationMonths.Average(m => m.Deliveries);

    /// <summary>The share of destination-months with no delivery at all.</summary>
    public static double ShareOfMonthsWithout(ReplicationResult result) => result.DestinationMonths.Average(m => m.Deliveries == 0 ? 1.0 : 0.0);

    /// <summary>The replications of <paramref name="scenario"/>, 0 to <paramref name="replications"/> − 1.</summary>
    public static ReplicationResult[] Run(Scenario scenario, int replications) =>
        [.. Enumerable.Range(0, replications).AsParallel().AsOrdered().Select(k => PlantSimulation.Run(scenario, new RandomStreams(Seed, k)))];

    /// <summary>The paired difference variant − baseline of <paramref name="metric"/>, with its 95% t interval.</summary>
    public static MeanEstimate Difference(ReplicationResult[] baseline, ReplicationResult[] variant, Func<ReplicationResult, double> metric)
    {
        var difference = new PairedDifference();
        for (var k = 0; k < baseline.Length; k++)
        {
            difference.Add(metric(baseline[k]), metric(variant[k]));
        }
        return difference.EstimateDifference();
    }

    /// <summary>The mean of <paramref name="metric"/> over replications, with its 95% t interval.</summary>
    public static MeanEstimate Mean(ReplicationResult[] results, Func<ReplicationResult, double> metric)
    {
        var difference = new PairedDifference();
        foreach (var result in results)
        {
            difference.Add(0, metric(result));
        }
        return difference.EstimateVariant();
    }
}
