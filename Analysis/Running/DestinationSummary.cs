using Shortfall.Analysis.Statistics;

namespace Shortfall.Analysis.Running;

/// <summary>One destination over all replications.</summary>
/// <param name="Name">The destination's name.</param>
/// <param name="DeliveriesPerMonth">Its deliveries per month: mean over replications of each replication's mean, with the t interval.</param>
/// <param name="TargetMet">The proportion of its destination-months that met the target, with the Wilson interval.</param>
/// <param name="LongestGapDays">The mean over replications of its longest run of calendar days without a delivery.</param>
/// <param name="MissedDaysByCause">Mean target days missed per replication, indexed by <see cref="Shortfall.Model.Results.MissCause"/>.</param>
public sealed record DestinationSummary(
    string Name,
    MeanEstimate DeliveriesPerMonth,
    WilsonInterval TargetMet,
    double LongestGapDays,
    IReadOnlyList<double> MissedDaysByCause);
