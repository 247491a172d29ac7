namespace Shortfall.Analysis.Optimisation;

/// <summary>What an optimisation was asked: the scenario, the seed, the objective, the budget and its currency, and the settings.</summary>
public sealed record OptimisationRun(string Scenario, string ScenarioHash, ulong Seed, Objective Objective, string Currency, OptimisationSettings Settings)
{
    /// <summary>The calibration's posterior the objective is averaged over; null for the scenario as written.</summary>
    public PosteriorSource? Posterior { get; init; }
}
