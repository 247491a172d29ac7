namespace Shortfall.Analysis.Running;

/// <summary>
/// The aggregation of a run's replications, one <see cref="VariantAccumulator"/> per variant,
/// fed in replication-index order. The runner and the merge of shards both aggregate through it,
/// so the same replications in the same order give the same bits either way.
/// </summary>
public sealed class RunAggregation
{
    private readonly VariantAccumulator[] _accumulators;

    /// <summary>Starts the aggregation of <paramref name="variants"/> (the baseline first), on the headline metric of the baseline.</summary>
    /// <exception cref="ArgumentException">When there is no variant.</exception>
    public RunAggregation(IReadOnlyList<RunVariant> variants)
    {
        ArgumentNullException.ThrowIfNull(variants);
        if (variants.Count == 0)
        {
            throw new ArgumentException("A run needs at least the baseline.", nameof(variants));
        }

        var headline = HeadlineMetrics.For(variants[0].Destinations.Count);
        _accumulators = variants.Select((v, i) => new VariantAccumulator(v, headline, isBaseline: i == 0)).ToArray();
    }

    /// <summary>The accumulators, in the variants' order.</summary>
    public IReadOnlyList<VariantAccumulator> Accumulators => _accumulators;

    /// <summary>The number of replications added.</summary>
    public long Count { get; private set; }

    /// <summary>Simulation events of the replications added, over all variants.</summary>
    public long Events { get; private set; }

    /// <summary>Adds the next replication: its metrics in every variant, in the variants' order.</summary>
    /// <exception cref="ArgumentException">When the number of metrics is not the number of variants, or they belong to different replications.</exception>
    public void Add(IReadOnlyList<ReplicationMetrics> metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        if (metrics.Count != _accumulators.Length)
        {
            throw new ArgumentException($"{metrics.Count} results for {_accumulators.Length} variants.", nameof(metrics));
        }

        for (var v = 0; v < _accumulators.Length; v++)
        {
            _accumulators[v].Add(metrics[v], metrics[0]);
            Events += metrics[v].Result.Events;
        }
        Count++;
    }

    /// <summary>What the run produced so far.</summary>
    /// <param name="stoppingRuleMet">Whether the run's stopping rule held.</param>
    /// <exception cref="InvalidOperationException">When no replication has been added.</exception>
    public RunOutcome Outcome(bool stoppingRuleMet) =>
        new(Count, stoppingRuleMet, _accumulators.Select(a => a.Summarize()).ToArray(), Events);
}
