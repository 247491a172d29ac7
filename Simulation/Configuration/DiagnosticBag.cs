using Shortfall.Configuration.Yaml;

namespace Shortfall.Configuration;

/// <summary>Collects the problems of one file so that all of them are reported at once; each is bounded by
/// <see cref="DiagnosticText"/> and at most <see cref="Shown"/> are kept, so that a hostile file gives a short report.</summary>
internal sealed class DiagnosticBag(string file)
{
    /// <summary>The most problems reported; the rest are counted in one last line.</summary>
    public const int Shown = 100;

    private readonly List<Diagnostic> _items = [];

    public string File { get; } = file;

    public int Count => _items.Count;

    public void Report(Position position, string path, string message) =>
        _items.Add(new Diagnostic(File, position.Line, position.Column, DiagnosticText.BoundPath(path), DiagnosticText.Bound(message)));

    /// <summary>Adds a diagnostic of another bag (already bounded there), e.g. a variant's problem with its context.</summary>
    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    /// <summary>The distinct diagnostics by line, then column, then path (0:0 first: file-level problems), the first <see cref="Shown"/> of them
    /// and a line counting the others.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        var sorted = _items.Distinct()
            .OrderBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
        if (sorted.Count <= Shown)
        {
            return sorted;
        }
        var rest = sorted.Count - Shown;
        return [.. sorted.Take(Shown), new Diagnostic(File, 0, 0, "", $"and {rest} more problems not shown; fix the ones above first")];
    }
}
