namespace Shortfall.Analysis.Output.Documents;

/// <summary>A run whose files a results directory holds: what identifies it, with nothing of the machine or the threads, so that
/// a rerun gives the same bytes.</summary>
/// <param name="Id">A hash of everything below: the same run always has the same id.</param>
/// <param name="Command">What wrote it: run, sweep.</param>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="ScenarioHash">The SHA-256 of the scenario file.</param>
/// <param name="Seed">The seed.</param>
/// <param name="Replications">Replications of each variant (or point).</param>
/// <param name="Variants">How many variants (or sweep points), the baseline included.</param>
public sealed record ManifestRunDocument(string Id, string Command, string Scenario, string ScenarioHash, ulong Seed, long Replications, int Variants);
