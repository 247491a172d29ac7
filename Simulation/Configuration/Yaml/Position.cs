namespace Shortfall.Configuration.Yaml;

/// <summary>A 1-based line and column in a scenario file.</summary>
internal readonly record struct Position(int Line, int Column)
{
    /// <summary>The start of the file, where problems of the whole document are reported.</summary>
    public static readonly Position FileStart = new(1, 1);
}
