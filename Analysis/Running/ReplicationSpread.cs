using Shortfall.Analysis.Statistics;

namespace Shortfall.Analysis.Running;

/// <summary>
/// What the report draws of a variant's replications one by one, kept so that it does not grow with their number: the exact
/// counts of each replication's mean deliveries per destination-month (the box plot of replication means), the running mean of
/// those means in replication order (the convergence chart), and the exact counts of the destination-months' targets (the
/// median target line). Empty without destinations.
/// </summary>
/// <param name="ReplicationMeans">Each distinct replication mean with its count, in increasing order.</param>
/// <param name="RunningMean">The running mean after at most <see cref="RunningMeanTrace.MaxPoints"/> counts of replications and
/// after the last.</param>
/// <param name="Targets">Each distinct monthly target of a destination-month with its count, in increasing order.</param>
public sealed record ReplicationSpread(
    IReadOnlyList<KeyValuePair<double, long>> ReplicationMeans,
    IReadOnlyList<RunningMoments> RunningMean,
    IReadOnlyList<KeyValuePair<double, long>> Targets);
