namespace Shortfall.Analysis.Charts;

/// <summary>Input of <see cref="EcdfChart"/>: one sample per variant.</summary>
/// <param name="Title">Chart title and accessible name.</param>
/// <param name="Variants">The variants in legend order; may be empty, and a variant may have no values.</param>
public sealed record EcdfData(string Title, IReadOnlyList<NamedSample> Variants)
{
    /// <summary>Title of the horizontal (value) axis.</summary>
    public AxisTitle XAxis { get; init; } = new("Deliveries per destination-month", "count");

    /// <summary>Title of the vertical axis.</summary>
    public AxisTitle YAxis { get; init; } = new("Share of observations at or below", "fraction");
}
