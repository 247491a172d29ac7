namespace Shortfall.Analysis.Optimisation;

/// <summary>A remedy as the optimiser sees it: what one unit costs, how many units may be bought, and which remedies it never goes with.</summary>
/// <param name="Name">The remedy's name in the scenario file.</param>
/// <param name="UnitCost">What one unit costs, in the scenario's currency; not negative.</param>
/// <param name="MaximumUnits">The most units a portfolio may hold; 1 for an all-or-nothing remedy.</param>
/// <param name="Excludes">Remedies never bought together with this one.</param>
public sealed record Lever(string Name, double UnitCost, int MaximumUnits, IReadOnlyList<string> Excludes);
