namespace Shortfall.Model.Definition;

/// <summary>
/// A remedy the optimiser may combine with others (the file's <c>remedies:</c> section): what one unit costs, how many
/// units may be bought, and which remedies it never goes with. What it changes stays with the loader, which applies
/// any portfolio of remedies to the baseline (<c>ScenarioOverride.Remedies</c>).
/// </summary>
/// <param name="Name">Its name in the file.</param>
/// <param name="Description">What it is.</param>
/// <param name="Cost">What one unit costs, in the scenario's currency.</param>
/// <param name="Units">The most units a portfolio may buy; 1 for an all-or-nothing remedy.</param>
/// <param name="Excludes">Remedies never bought with this one, in either file direction (the loader makes the relation symmetric).</param>
public sealed record Remedy(string Name, string Description, double Cost, int Units, IReadOnlyList<string> Excludes);
