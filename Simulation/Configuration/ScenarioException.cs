namespace Shortfall.Configuration;

/// <summary>
/// Thrown when a scenario file cannot be loaded. It carries every problem found in the file, not
/// just the first, sorted by line and column; its message lists them one a line.
/// </summary>
public sealed class ScenarioException : Exception
{
    /// <summary>Creates the exception for <paramref name="diagnostics"/>, which must not be empty.</summary>
    /// <exception cref="ArgumentException">When <paramref name="diagnostics"/> is empty.</exception>
    public ScenarioException(IReadOnlyList<Diagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics))
    {
        if (diagnostics.Count == 0)
        {
            throw new ArgumentException("a scenario exception needs at least one diagnostic", nameof(diagnostics));
        }
        Diagnostics = diagnostics;
    }

    /// <summary>The problems, sorted by line and column.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
