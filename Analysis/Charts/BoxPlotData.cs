namespace Shortfall.Analysis.Charts;

/// <summary>Input of <see cref="BoxPlotChart"/>: one sample per variant.</summary>
/// <param name="Title">Chart title and accessible name.</param>
/// <param name="Variants">The variants, left to right; may be empty, and a variant may have no values.</param>
public sealed record BoxPlotData(string Title, IReadOnlyList<NamedSample> Variants)
{
    /// <summary>Where the whiskers end; stated in the chart's note.</summary>
    public WhiskerRule Whiskers { get; init; } = WhiskerRule.Percentile5To95;

    /// <summary>Title of the horizontal (category) axis.</summary>
    public AxisTitle XAxis { get; init; } = new("Variant", null);

    /// <summary>Title of the vertical (value) axis.</summary>
    public AxisTitle YAxis { get; init; } = new("Deliveries per destination-month", "count");
}
