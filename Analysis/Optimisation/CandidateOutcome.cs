using Shortfall.Analysis.Statistics;

namespace Shortfall.Analysis.Optimisation;

/// <summary>
/// What the selection learnt of one candidate: its objective in every replication it got (replication
/// <see cref="SelectionSettings.FirstReplication"/> + j at position j), and when and by whom it was eliminated.
/// </summary>
/// <param name="Index">The candidate's index.</param>
/// <param name="Observations">Its objective, one value per replication, in replication order.</param>
/// <param name="EliminatedAtStage">The stage (the number of replications each candidate in play had) at which it left; null for the pick.</param>
/// <param name="EliminatedBy">The candidate whose mean beat it by more than the continuation region allows; null for the pick, and for a candidate
/// dropped because the pick was chosen among ties or at the cap.</param>
public sealed record CandidateOutcome(int Index, IReadOnlyList<double> Observations, long? EliminatedAtStage, int? EliminatedBy)
{
    /// <summary>The mean of the objective and its t interval at <paramref name="level"/>.</summary>
    public MeanEstimate Estimate(double level = 0.95)
    {
        var statistics = new RunningStatistics();
        foreach (var value in Observations)
        {
            statistics.Add(value);
        }
        return statistics.EstimateMean(level);
    }
}
