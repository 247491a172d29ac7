namespace Shortfall.Analysis.Optimisation;

/// <summary>
/// The parameters of a ranking-and-selection run (<see cref="KimNelsonSelection"/>).
/// </summary>
/// <param name="Alpha">1 − the probability the pick must be within <paramref name="Indifference"/> of the best; in (0, 1).</param>
/// <param name="Indifference">δ, the smallest difference in the objective worth detecting, in the objective's units; positive.</param>
/// <param name="FirstStage">n0, the replications every candidate gets before any is eliminated; at least 2.</param>
/// <param name="Minimise">True when a smaller objective is better (turned-away visits), false when larger is (deliveries).</param>
/// <param name="Threads">How many candidates' replications of a stage run at once; the outcome does not depend on it.</param>
/// <param name="MaximumReplications">A cap on the replications of any one candidate; a run that reaches it picks the best mean so far and reports that
/// the guarantee does not hold.</param>
/// <param name="FirstReplication">The replication index of the first stage's first replication (finalists of a screening start after the screening's
/// replications, so that the selection's random numbers are fresh).</param>
public sealed record SelectionSettings(
    double Alpha,
    double Indifference,
    int FirstStage = 10,
    bool Minimise = false,
    int Threads = 1,
    long MaximumReplications = 100_000,
    long FirstReplication = 0)
{
    /// <summary>Throws when a parameter is outside its range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When a parameter is outside the range its description gives.</exception>
    public void Validate()
    {
        if (!(Alpha > 0.0 && Alpha < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(Alpha), Alpha, "alpha must lie strictly between 0 and 1.");
        }
        if (!(Indifference > 0.0 && double.IsFinite(Indifference)))
        {
            throw new ArgumentOutOfRangeException(nameof(Indifference), Indifference, "The indifference amount must be positive and finite.");
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(FirstStage, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(Threads, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaximumReplications, FirstStage);
        ArgumentOutOfRangeException.ThrowIfNegative(FirstReplication);
    }
}
