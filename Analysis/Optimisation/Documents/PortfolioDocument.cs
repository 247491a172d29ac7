using System.Text.Json.Serialization;
using Shortfall.Analysis.Output.Documents;

namespace Shortfall.Analysis.Optimisation.Documents;

/// <summary>One portfolio simulated.</summary>
/// <param name="Portfolio">Its name.</param>
/// <param name="Levers">Units of each lever bought (levers not bought are left out).</param>
/// <param name="Cost">What it costs.</param>
/// <param name="Replications">Replications spent on it, both phases.</param>
/// <param name="Objective">Its objective: over the selection's replications for a finalist, the screening's otherwise.</param>
/// <param name="Outcome">"chosen", "eliminated" (in the selection), or "screened out" (not a finalist).</param>
/// <param name="EliminatedAtStage">The selection stage at which it left; null when it was chosen or screened out.</param>
/// <param name="BestShare">With a posterior, for a finalist: the posterior weight of the parameter sets on which it was the best finalist;
/// left out otherwise.</param>
public sealed record PortfolioDocument(string Portfolio, IReadOnlyDictionary<string, int> Levers, double Cost, long Replications, MeanDocument Objective,
    string Outcome, long? EliminatedAtStage,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? BestShare = null);
