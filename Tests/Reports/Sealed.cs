using Shortfall.Analysis.Output;
using Shortfall.Analysis.Output.Documents;
using Shortfall.Analysis.Reports;

namespace Shortfall.Tests.Reports;

/// <summary>Results files written or edited by hand, made a complete set as a command would leave them: a manifest.json listing every file
/// in the directory as it now is. Tests of what the report makes of odd content use it; tests of incomplete sets do not.</summary>
internal static class Sealed
{
    private static readonly ManifestRunDocument HandMade = new("hand-made", "run", "hand-made", "0123abcd", 1, 0, 0);

    public static void Seal(string directory)
    {
        var files = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(directory, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(name => !name.StartsWith('.') && name != ResultsDirectory.ManifestName)
            .Order(StringComparer.Ordinal)
            .Select(name => ResultsDirectory.Describe(name, Path.Combine(directory, name), HandMade.Id))
            .ToArray();
        var manifest = new ManifestDocument { Format = ResultsDirectory.Format, Files = files, Runs = [HandMade] };
        File.WriteAllBytes(Path.Combine(directory, ResultsDirectory.ManifestName), ManifestFile.Serialize(manifest));
    }

    /// <summary>Seals <paramref name="directory"/> and draws its report, with PNGs beside the SVGs if <paramref name="png"/>.</summary>
    public static IReadOnlyList<string> Report(string directory, bool png = false)
    {
        Seal(directory);
        return ReportFiles.Write(directory, png);
    }
}
