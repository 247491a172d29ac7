namespace Shortfall.Analysis.Reports;

/// <summary>A results directory or one of its files is missing or does not hold what Shortfall writes; the message names the file and what is wrong.</summary>
public sealed class ResultsFormatException(string path, string problem)
    : Exception($"{path}: {problem}")
{
    /// <summary>The file (or directory) at fault.</summary>
    public string Path { get; } = path;
}
