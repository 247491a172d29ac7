using Shortfall.Configuration.Yaml;

namespace Shortfall.Configuration;

/// <summary>Collects the problems of one file so that all of them are reported at once.</summary>
internal sealed class DiagnosticBag(string file)
{
    private readonly List<Diagnostic> _items = [];

    public string File { get; } = file;

    public int Count => _items.Count;

    public void Report(Position position, string path, string message) =>
        _items.Add(new Diagnostic(File, position.Line, position.Column, path, message));

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    /// <summary>The distinct diagnostics by line, then column, then path (0:0 first: file-level problems).</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.Distinct()
            .OrderBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
