using System.Security.Cryptography;
using Shortfall.Analysis.Output;
using Shortfall.Analysis.Output.Documents;

namespace Shortfall.Analysis.Reports;

/// <summary>
/// A results directory's manifest.json, read back to check each file before it is read: a directory without one holds no
/// complete results (a writer was stopped, or is writing), and a file that is not listed, or differs from its listing in size or
/// SHA-256, is not part of them (cut short, changed, or from another run).
/// </summary>
internal sealed class ResultsManifest
{
    private readonly string _directory;
    private readonly Dictionary<string, ManifestFileDocument> _files;

    private ResultsManifest(string directory, ManifestDocument document)
    {
        _directory = directory;
        _files = document.Files.ToDictionary(f => f.Name, StringComparer.Ordinal);
        Document = document;
    }

    public ManifestDocument Document { get; }

    /// <summary>The manifest of <paramref name="directory"/>.</summary>
    /// <exception cref="ResultsFormatException">When it is missing or malformed.</exception>
    public static ResultsManifest Read(string directory)
    {
        var path = Path.Combine(directory, ResultsDirectory.ManifestName);
        if (!File.Exists(path))
        {
            throw new ResultsFormatException(path, "is missing, so the directory holds no complete results: a command writing them was stopped (or is " +
                "still writing); run it again");
        }

        var document = ResultsJson.Read(path, ManifestFile.Contract);
        if (document.Format != ResultsDirectory.Format)
        {
            throw new ResultsFormatException(path, $"has format '{document.Format}' where '{ResultsDirectory.Format}' was expected");
        }

        return new ResultsManifest(directory, document);
    }

    /// <summary>True when <paramref name="name"/> is part of the set.</summary>
    public bool Lists(string name) => _files.ContainsKey(name);

    /// <summary>The run's per-replication tables that the set lists, in name order.</summary>
    public IEnumerable<string> Tables() => _files.Keys.Where(RunTables.IsTable).Order(StringComparer.Ordinal);

    /// <summary>The path of <paramref name="name"/>, checked against its listing.</summary>
    /// <exception cref="ResultsFormatException">When it is not listed, missing, or differs from its listing.</exception>
    public string Checked(string name)
    {
        var path = Path.Combine(_directory, name);
        if (!_files.TryGetValue(name, out var listed))
        {
            throw new ResultsFormatException(path, $"is not listed in {ResultsDirectory.ManifestName}, so it is not part of the results");
        }

        if (!File.Exists(path))
        {
            throw new ResultsFormatException(path, $"is missing, though {ResultsDirectory.ManifestName} lists it");
        }

        using var stream = File.OpenRead(path);
        if (stream.Length != listed.Bytes)
        {
            throw new ResultsFormatException(path, $"has {stream.Length} bytes where {ResultsDirectory.ManifestName} records {listed.Bytes}: " +
                "it was cut short or changed, or belongs to another run");
        }

        if (Convert.ToHexStringLower(SHA256.HashData(stream)) != listed.Sha256)
        {
            throw new ResultsFormatException(path, $"differs from the SHA-256 {ResultsDirectory.ManifestName} records: it was changed, or belongs " +
                "to another run");
        }

        return path;
    }
}
