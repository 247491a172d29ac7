namespace Shortfall.Analysis.Optimisation;

/// <summary>
/// The result of <see cref="KimNelsonSelection.Select"/>.
/// </summary>
/// <param name="Selected">The index of the chosen candidate.</param>
/// <param name="Candidates">Every candidate's observations and elimination, by index.</param>
/// <param name="Eta">η = ½[(2α/(k − 1))^(−2/(n0 − 1)) − 1].</param>
/// <param name="HSquared">h² = 2cη(n0 − 1), with c = 1.</param>
/// <param name="Stages">The number of replications the last candidates in play had.</param>
/// <param name="Guaranteed">False when the replication cap stopped the run before the continuation region closed: the pick is then the best mean so far
/// and carries no guarantee.</param>
/// <param name="FixedPrecisionReplications">The replications that running every candidate to the end of its continuation region, without eliminating
/// any, would take: Σ_i max(n0, max_l ⌊h²S²_il/δ²⌋ + 1). The selection's own total compares with it.</param>
public sealed record SelectionOutcome(
    int Selected,
    IReadOnlyList<CandidateOutcome> Candidates,
    double Eta,
    double HSquared,
    long Stages,
    bool Guaranteed,
    long FixedPrecisionReplications)
{
    /// <summary>The replications the selection ran, summed over candidates.</summary>
    public long Replications => Candidates.Sum(c => (long)c.Observations.Count);
}
