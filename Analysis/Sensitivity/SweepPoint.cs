namespace Shortfall.Analysis.Sensitivity;

/// <summary>One scenario of a sweep: a value for each input, or null where the input keeps its baseline value.</summary>
public sealed record SweepPoint(int Index, IReadOnlyList<double?> Values)
{
    /// <summary>The point's variant name in the generated scenario file.</summary>
    public string Name => $"point-{Index:D4}";

    /// <summary>True when no input is changed.</summary>
    public bool IsBaseline => Values.All(v => v is null);
}
