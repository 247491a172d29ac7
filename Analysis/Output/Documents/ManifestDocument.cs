namespace Shortfall.Analysis.Output.Documents;

/// <summary>manifest.json: the complete set of files of a results directory, written last by <see cref="ResultsDirectory"/>.
/// A directory without one holds no complete results; a file it does not list is not part of them.</summary>
public sealed record ManifestDocument
{
    /// <summary>The manifest's format, <see cref="ResultsDirectory.Format"/>.</summary>
    public required string Format { get; init; }

    /// <summary>Every file of the set, by name (relative, '/'-separated), in ordinal order.</summary>
    public required IReadOnlyList<ManifestFileDocument> Files { get; init; }

    /// <summary>The runs the files belong to.</summary>
    public required IReadOnlyList<ManifestRunDocument> Runs { get; init; }
}
