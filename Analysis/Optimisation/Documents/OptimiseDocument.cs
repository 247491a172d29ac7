using System.Text.Json.Serialization;
using Shortfall.Analysis.Output.Documents;

namespace Shortfall.Analysis.Optimisation.Documents;

/// <summary>optimise.json: what was optimised, how, the pick with its effect against the baseline, and every portfolio simulated.</summary>
public sealed record OptimiseDocument
{
    /// <summary>The scenario's name.</summary>
    public required string Scenario { get; init; }

    /// <summary>The SHA-256 of the scenario file.</summary>
    public required string ScenarioHash { get; init; }

    /// <summary>The seed; replication k of every portfolio uses streams from (seed, k).</summary>
    public required ulong Seed { get; init; }

    /// <summary>The objective's name.</summary>
    public required string Objective { get; init; }

    /// <summary>"maximise" or "minimise".</summary>
    public required string Goal { get; init; }

    /// <summary>The budget, in <see cref="Currency"/>.</summary>
    public required double Budget { get; init; }

    /// <summary>The scenario's currency.</summary>
    public required string Currency { get; init; }

    /// <summary>The selection procedure, cited.</summary>
    public required string Procedure { get; init; }

    /// <summary>1 − the probability of a pick within the indifference amount of the best.</summary>
    public required double Alpha { get; init; }

    /// <summary>δ, in the objective's units.</summary>
    public required double Indifference { get; init; }

    /// <summary>n0, the first stage's replications (and the screening's).</summary>
    public required int FirstStage { get; init; }

    /// <summary>η of KN.</summary>
    public required double Eta { get; init; }

    /// <summary>h² = 2η(n0 − 1).</summary>
    public required double HSquared { get; init; }

    /// <summary>How many portfolios fit the budget; null when more than <see cref="EnumerationLimit"/>.</summary>
    public required int? PortfoliosWithinBudget { get; init; }

    /// <summary>The most portfolios counted.</summary>
    public required int EnumerationLimit { get; init; }

    /// <summary>The most portfolios that go through KN.</summary>
    public required int SelectionLimit { get; init; }

    /// <summary>"every portfolio within budget" or "greedy screening, then the best screened".</summary>
    public required string Finalists { get; init; }

    /// <summary>False when the replication cap stopped the selection before its regions closed.</summary>
    public required bool Guaranteed { get; init; }

    /// <summary>Replications run, all portfolios and phases.</summary>
    public required long Replications { get; init; }

    /// <summary>What running every finalist to the end of its continuation region, eliminating none, would take.</summary>
    public required long FixedPrecisionReplications { get; init; }

    /// <summary>The pick.</summary>
    public required ChosenDocument Chosen { get; init; }

    /// <summary>The calibration's posterior the objective was averaged over; left out without one.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public PosteriorDocument? Posterior { get; init; }

    /// <summary>Every portfolio simulated.</summary>
    public required IReadOnlyList<PortfolioDocument> Portfolios { get; init; }
}
