namespace Shortfall.Analysis.Output.Documents;

/// <summary>One file of a results directory: its size and SHA-256 as written, and the run it belongs to.</summary>
/// <param name="Name">Relative to the directory, '/'-separated, e.g. <c>charts/headline.svg</c>.</param>
/// <param name="Bytes">Its length.</param>
/// <param name="Sha256">Its SHA-256, lower-case hex.</param>
/// <param name="Run">The <see cref="ManifestRunDocument.Id"/> of its run.</param>
public sealed record ManifestFileDocument(string Name, long Bytes, string Sha256, string Run);
