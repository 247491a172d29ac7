namespace Shortfall.Randomness;

/// <summary>
/// A discrete distribution over listed values with relative weights (they need not sum to 1),
/// e.g. the fraction of an allocation that arrives. A value may be listed more than once.
/// </summary>
public sealed class DiscreteEmpirical : Distribution
{
    // The values sorted ascending, with running totals of their weights: one table serves both
    // sampling (binary search on a uniform scaled to the total) and the exact CDF.
    private readonly double[] _sortedValues;
    private readonly double[] _cumulativeWeights;
    private readonly int _lastPositive;

    /// <summary>Creates the distribution that yields <c>values[i]</c> with probability <c>weights[i]</c> / Σ weights.</summary>
    /// <exception cref="ArgumentNullException">When either list is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When the lists are empty or of different lengths, a value is not finite,
    /// a weight is not finite and &gt;= 0, or the weights sum to 0.</exception>
    public DiscreteEmpirical(IReadOnlyList<double> values, IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(weights);
        if (values.Count == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(values), "values must not be empty");
        }
        if (weights.Count != values.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(weights), weights.Count, "weights must have one entry per value");
        }
        var valueCopy = new double[values.Count];
        var weightCopy = new double[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            valueCopy[i] = Require.Finite(values[i], nameof(values));
            weightCopy[i] = Require.NonNegative(weights[i], nameof(weights));
        }
        Values = Array.AsReadOnly(valueCopy);
        Weights = Array.AsReadOnly(weightCopy);

        _sortedValues = (double[])valueCopy.Clone();
        var sortedWeights = (double[])weightCopy.Clone();
        Array.Sort(_sortedValues, sortedWeights);
        _cumulativeWeights = new double[sortedWeights.Length];
        var total = 0.0;
        _lastPositive = -1;
        for (var i = 0; i < sortedWeights.Length; i++)
        {
            total += sortedWeights[i];
            _cumulativeWeights[i] = total;
            if (sortedWeights[i] > 0)
            {
                _lastPositive = i;
            }
        }
        if (!(total > 0) || !double.IsFinite(total))
        {
            throw new ArgumentOutOfRangeException(nameof(weights), total, "weights must have a finite sum > 0");
        }

        var mean = 0.0;
        for (var i = 0; i < valueCopy.Length; i++)
        {
            mean += weightCopy[i] / total * valueCopy[i];
        }
        var variance = 0.0;
        for (var i = 0; i < valueCopy.Length; i++)
        {
            var deviation = valueCopy[i] - mean;
            variance += weightCopy[i] / total * deviation * deviation;
        }
        Mean = mean;
        Variance = variance;
        Minimum = _sortedValues[Array.FindIndex(sortedWeights, w => w > 0)];
    }

    /// <summary>The values, in the order given.</summary>
    public IReadOnlyList<double> Values { get; }

    /// <summary>The weights, in the order given, not normalised.</summary>
    public IReadOnlyList<double> Weights { get; }

    /// <inheritdoc/>
    public override double Mean { get; }

    /// <inheritdoc/>
    public override double Variance { get; }

    /// <summary>The smallest value with a positive weight.</summary>
    public override double Minimum { get; }

    /// <summary>One draw and a binary search over the cumulative weights; zero-weight values are never drawn.</summary>
    public override double Sample(RandomStream random)
    {
        var target = random.NextDouble() * _cumulativeWeights[^1];
        // The first index whose running total exceeds the target; rounding of U · total up to the
        // total itself is caught by stopping at the last value with positive weight.
        int low = 0, high = _lastPositive;
        while (low < high)
        {
            var middle = (low + high) >> 1;
            if (_cumulativeWeights[middle] > target)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }
        return _sortedValues[low];
    }

    /// <inheritdoc/>
    public override double Cdf(double x)
    {
        // Count of sorted values ≤ x.
        int low = 0, high = _sortedValues.Length;
        while (low < high)
        {
            var middle = (low + high) >> 1;
            if (_sortedValues[middle] <= x)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low == 0 ? 0.0 : _cumulativeWeights[low - 1] / _cumulativeWeights[^1];
    }

    /// <inheritdoc/>
    public override string ToString() => $"empirical(values: {ScenarioText.List(Values)}, weights: {ScenarioText.List(Weights)})";
}
