namespace Shortfall.Analysis.Running;

/// <summary>A chunk of consecutive replications as a worker finished it: the items it produced, in index order, and the failure that cut it short, if
/// any.</summary>
internal sealed record ChunkResult<T>(IReadOnlyList<T> Items, Exception? Failure);
