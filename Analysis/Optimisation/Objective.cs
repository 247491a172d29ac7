using Shortfall.Analysis.Running;

namespace Shortfall.Analysis.Optimisation;

/// <summary>A per-replication output the optimiser can choose by, with whether smaller is better.</summary>
/// <param name="Name">Its snake_case name, as in summary.json and replications.csv.</param>
/// <param name="Minimise">True when smaller is better (turned-away visits, spoiled product).</param>
/// <param name="Description">What it measures, for --help and the README.</param>
/// <param name="Value">Reads it from one replication; null when the replication has nothing to measure it on (no destination-months).</param>
/// <param name="PerDestination">True when it needs destinations (a plant without them, like an office, has none of it).</param>
/// <param name="Indifference">The default indifference amount: a difference in it that matters; null when the analyst must say
/// (<c>--indifference</c>).</param>
public sealed record Objective(string Name, bool Minimise, string Description, Func<ReplicationMetrics, double?> Value, bool PerDestination,
    double? Indifference = null)
{
    /// <summary>The value in <paramref name="replication"/>.</summary>
    /// <exception cref="InvalidOperationException">When the replication does not define it.</exception>
    public double Of(ReplicationMetrics replication) =>
        Value(replication) ?? throw new InvalidOperationException($"The objective {Name} is undefined in replication {replication.Result.Replication} " +
            "(it has no destination-month or open day).");
}
