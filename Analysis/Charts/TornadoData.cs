namespace Shortfall.Analysis.Charts;

/// <summary>Input of <see cref="TornadoChart"/>: one-at-a-time sensitivity of an output measure.</summary>
/// <param name="Title">Chart title and accessible name.</param>
/// <param name="Baseline">The measure with every parameter at baseline.</param>
/// <param name="Effects">One entry per parameter, in any order; may be empty.</param>
public sealed record TornadoData(string Title, double Baseline, IReadOnlyList<SensitivityEffect> Effects)
{
    /// <summary>Title of the horizontal axis: the output measure.</summary>
    public AxisTitle XAxis { get; init; } = new("Mean deliveries per destination-month", "count");

    /// <summary>Title of the vertical (category) axis.</summary>
    public AxisTitle YAxis { get; init; } = new("Parameter", null);
}
