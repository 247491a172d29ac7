namespace Shortfall.Analysis.Reports;

/// <summary>A named part of the plant (a material, a carrier kind) with its means per replication, in file order.</summary>
/// <param name="Name">The part's name.</param>
/// <param name="Values">Its figures, e.g. "refused" and "lost_in_cut_batches".</param>
public sealed record PartResult(string Name, IReadOnlyList<NamedValue> Values);
