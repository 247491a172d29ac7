using Shortfall.Analysis.Statistics;

namespace Shortfall.Analysis.Running;

/// <summary>A figure that a replication may lack (null), accumulated over replications and paired with the baseline's.</summary>
internal sealed class OutcomeAccumulator(bool isBaseline)
{
    private readonly RunningStatistics _values = new();
    private readonly PairedDifference? _difference = isBaseline ? null : new PairedDifference();

    /// <summary>Adds one replication's value, and the pair when the baseline has the figure too.</summary>
    public void Add(double? value, double? baseline)
    {
        if (value is not { } v)
        {
            return;
        }

        _values.Add(v);
        if (baseline is { } b)
        {
            _difference?.Add(b, v);
        }
    }

    /// <summary>The estimate, or null when no replication had the figure.</summary>
    public OutcomeEstimate? Estimate() => _values.Count == 0
        ? null
        : new OutcomeEstimate(_values.EstimateMean(), _difference is { Count: > 0 } d ? d.EstimateDifference() : null);
}
