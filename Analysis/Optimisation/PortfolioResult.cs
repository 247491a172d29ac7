using Shortfall.Analysis.Statistics;

namespace Shortfall.Analysis.Optimisation;

/// <summary>What the optimiser learnt of one portfolio.</summary>
/// <param name="Portfolio">The units of each lever and the cost.</param>
/// <param name="Screening">Its objective in the screening's replications 0 … n0 − 1; empty when it was not screened.</param>
/// <param name="Selection">Its objective in the selection's replications; empty when it was not a finalist.</param>
/// <param name="EliminatedAtStage">The selection stage at which it left; null for the pick and for portfolios that were not finalists.</param>
public sealed record PortfolioResult(Portfolio Portfolio, IReadOnlyList<double> Screening, IReadOnlyList<double> Selection, long? EliminatedAtStage)
{
    /// <summary>True when it went through the selection.</summary>
    public bool Finalist => Selection.Count > 0;

    /// <summary>Replications spent on it, both phases.</summary>
    public long Replications => Screening.Count + Selection.Count;

    /// <summary>The mean and interval of its objective: over the selection's replications for a finalist, the screening's otherwise.</summary>
    public MeanEstimate Estimate(double level = 0.95)
    {
        var statistics = new RunningStatistics();
        foreach (var value in Finalist ? Selection : Screening)
        {
            statistics.Add(value);
        }
        return statistics.EstimateMean(level);
    }
}
