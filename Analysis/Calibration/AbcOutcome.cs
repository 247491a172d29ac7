namespace Shortfall.Analysis.Calibration;

/// <summary>Every generation of a calibration, the last being the posterior, and why it stopped.</summary>
public sealed record AbcOutcome(IReadOnlyList<Generation> Generations, string StopReason)
{
    /// <summary>The last generation: the weighted sample of the posterior.</summary>
    public Generation Posterior => Generations[^1];
}
