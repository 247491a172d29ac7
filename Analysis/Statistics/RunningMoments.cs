namespace Shortfall.Analysis.Statistics;

/// <summary>The moments of the first <paramref name="Count"/> values of a stream.</summary>
/// <param name="Count">How many values.</param>
/// <param name="Mean">Their mean.</param>
/// <param name="Variance">Their sample variance; 0 for one value.</param>
public sealed record RunningMoments(long Count, double Mean, double Variance)
{
    /// <summary>The mean with its t interval at <paramref name="level"/>, as <see cref="RunningStatistics.EstimateMean"/> gives it.</summary>
    public MeanEstimate Estimate(double level) => MeanEstimate.FromMoments(Count, Mean, Variance, level);
}
