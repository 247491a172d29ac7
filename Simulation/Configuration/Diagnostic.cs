namespace Shortfall.Configuration;

/// <summary>
/// One problem found in a scenario file, at the 1-based <see cref="Line"/> and <see cref="Column"/>
/// of the offending YAML node (both 0 when the problem has no position, e.g. an unreadable file).
/// <see cref="Path"/> names the field, e.g. <c>carriers.truck.capacity</c> (empty when none applies).
/// </summary>
public sealed record Diagnostic(string File, int Line, int Column, string Path, string Message)
{
    /// <summary>The diagnostic as <c>file:line:col: field.path: message</c>, leaving out the parts it lacks.</summary>
    public override string ToString()
    {
        var where = Line > 0 ? $"{File}:{Line}:{Column}" : File;
        return Path.Length > 0 ? $"{where}: {Path}: {Message}" : $"{where}: {Message}";
    }
}
