using Shortfall.Analysis.Statistics;

namespace Shortfall.Analysis.Running;

/// <summary>
/// Aggregates the replications of one variant as they arrive, in replication-index order. Memory
/// does not depend on the number of replications: running moments, integer histograms and counts.
/// Given the same replications in the same order it produces the same bits.
/// </summary>
public sealed class VariantAccumulator
{
    private readonly RunVariant _variant;
    private readonly RunningStatistics _headline = new();
    private readonly IntegerHistogram _deliveries = new();
    private readonly ValueCounts _replicationMeans = new();
    private readonly RunningMeanTrace _runningMean = new();
    private readonly ValueCounts _targets = new();
    private readonly ClusteredProportion _targetMet = new();
    private readonly ClusteredProportion _allMet = new();
    private readonly RunningStatistics[] _destinationPerMonth;
    private readonly ClusteredProportion[] _destinationMet;
    private readonly RunningStatistics[] _destinationGap;
    private readonly RunningStatistics[][] _destinationMissed;
    private readonly RunningStatistics[] _blocked = New(Measures.BlockedHours.Count);
    private readonly RunningStatistics[] _missed = New(Measures.MissedDays.Count);
    private readonly RunningStatistics[] _totals = New(Measures.Totals.Count);
    private readonly PairedDifference? _difference;
    private readonly RunningStatistics _sessions = new();
    private readonly RunningStatistics _turnedAway = new();
    private readonly RunningStatistics _turnedAwayNoPower = new();
    private readonly RunningStatistics _turnedAwayBusy = new();
    private readonly PairedDifference? _sessionsDifference;
    private readonly OutcomeAccumulator _perPersonDay;
    private readonly OutcomeAccumulator _fullRation;
    private readonly OutcomeAccumulator _noDelivery;
    private readonly CalendarAccumulator _calendar;
    private readonly RunningStatistics[][] _materials;
    private readonly RunningStatistics[][] _carriers;
    private bool _hasEquipment;

    /// <summary>Creates the accumulator of <paramref name="variant"/>.</summary>
    /// <param name="variant">The variant whose replications will be added.</param>
    /// <param name="headline">The metric compared across variants.</param>
    /// <param name="isBaseline">True for the baseline, which has no difference against itself.</param>
    public VariantAccumulator(RunVariant variant, HeadlineMetric headline, bool isBaseline)
    {
        ArgumentNullException.ThrowIfNull(variant);
        _variant = variant;
        Metric = headline;
        var destinations = variant.Destinations.Count;
        _destinationPerMonth = New(destinations);
        _destinationMet = Enumerable.Range(0, destinations).Select(_ => new ClusteredProportion()).ToArray();
        _destinationGap = New(destinations);
        _destinationMissed = Enumerable.Range(0, destinations).Select(_ => New(Measures.MissedDays.Count)).ToArray();
        _difference = isBaseline ? null : new PairedDifference();
        _sessionsDifference = isBaseline ? null : new PairedDifference();
        _perPersonDay = new OutcomeAccumulator(isBaseline);
        _fullRation = new OutcomeAccumulator(isBaseline);
        _noDelivery = new OutcomeAccumulator(isBaseline);
        _calendar = new CalendarAccumulator(variant.Plant);
        _materials = variant.Plant.Materials.Select(_ => New(2)).ToArray();
        _carriers = variant.Plant.Carriers.Select(_ => New(2)).ToArray();
    }

    /// <summary>The variant's name.</summary>
    public string Name => _variant.Name;

    /// <summary>The metric compared across variants.</summary>
    public HeadlineMetric Metric { get; }

    /// <summary>The number of replications added.</summary>
    public long Count => _headline.Count;

    /// <summary>The headline metric, one value per replication: what the precision rule judges.</summary>
    public RunningStatistics Headline => _headline;

    /// <summary>Each destination's destination-months that met the target, clustered by replication, for the precision rule's proportions.</summary>
    public IReadOnlyList<ClusteredProportion> DestinationTargetMet => _destinationMet;

    /// <summary>Adds one replication of this variant, paired with the same replication of the baseline.</summary>
    /// <param name="replication">This variant's metrics.</param>
    /// <param name="baseline">The baseline's metrics for the same replication index (for the baseline itself, the same object).</param>
    /// <exception cref="ArgumentException">When the two belong to different replications, or the replication reports another number of materials or carrier
    /// kinds than the variant names.</exception>
    public void Add(ReplicationMetrics replication, ReplicationMetrics baseline)
    {
        ArgumentNullException.ThrowIfNull(replication);
        ArgumentNullException.ThrowIfNull(baseline);
        if (replication.Result.Replication != baseline.Result.Replication)
        {
            throw new ArgumentException($"Replication {replication.Result.Replication} cannot be paired with the baseline's replication " +
                $"{baseline.Result.Replication}.", nameof(baseline));
        }

        var result = replication.Result;
        if (result.Materials.Count != _materials.Length || result.Carriers.Count != _carriers.Length)
        {
            throw new ArgumentException($"Replication {result.Replication} reports {result.Materials.Count} materials and {result.Carriers.Count} carrier " +
                $"kinds; variant '{Name}' names {_materials.Length} and {_carriers.Length}.", nameof(replication));
        }

        var value = Metric.ValueOf(replication);
        _headline.Add(value);
        _difference?.Add(Metric.ValueOf(baseline), value);
        _hasEquipment |= replication.Result.Equipment.Count > 0;
        _sessions.Add(replication.SessionsServed);
        _turnedAway.Add(replication.VisitsTurnedAway);
        _turnedAwayNoPower.Add(replication.TurnedAwayNoPower);
        _turnedAwayBusy.Add(replication.TurnedAwayBusy);
        _sessionsDifference?.Add(baseline.SessionsServed, replication.SessionsServed);

        // A replication's destination-months share its power, supplies and trucks: they are
        // one cluster of trials, not independent ones.
        foreach (var dm in replication.Result.DestinationMonths)
        {
            _deliveries.Add(dm.Deliveries);
            _targets.Add(dm.Target);
        }

        if (replication.DeliveriesPerDestinationMonth is { } mean)
        {
            _replicationMeans.Add(mean);
            _runningMean.Add(mean);
        }

        _targetMet.Add(replication.DestinationMonthsMet, replication.DestinationMonths);
        _allMet.Add(replication.MonthsAllMet, replication.Months);
        for (var d = 0; d < _destinationPerMonth.Length; d++)
        {
            _destinationMet[d].Add(replication.DestinationMonthsMetCounts[d], replication.DestinationMonthCounts[d]);
            if (replication.DestinationMonthCounts[d] > 0)
            {
                _destinationPerMonth[d].Add((double)replication.DestinationDeliveries[d] / replication.DestinationMonthCounts[d]);
            }

            var totals = replication.Result.Destinations[d];
            _destinationGap[d].Add(totals.LongestGapDays);
            for (var c = 0; c < _destinationMissed[d].Length; c++)
            {
                _destinationMissed[d][c].Add(totals.MissedDays[c]);
            }
        }
        _perPersonDay.Add(replication.QuantityPerPersonDay, baseline.QuantityPerPersonDay);
        _fullRation.Add(replication.FullRationShare, baseline.FullRationShare);
        _noDelivery.Add(replication.NoDeliveryShare, baseline.NoDeliveryShare);
        _calendar.Add(replication);
        for (var i = 0; i < _materials.Length; i++)
        {
            _materials[i][0].Add(result.Materials[i].Refused);
            _materials[i][1].Add(result.Materials[i].LostInCutBatches);
        }
        for (var i = 0; i < _carriers.Length; i++)
        {
            _carriers[i][0].Add(result.Carriers[i].DistanceKm);
            _carriers[i][1].Add(result.Carriers[i].Stops);
        }
        AddAll(_blocked, Measures.BlockedHours, replication);
        AddAll(_missed, Measures.MissedDays, replication);
        AddAll(_totals, Measures.Totals, replication);
    }

    /// <summary>The summary of the replications added so far.</summary>
    /// <exception cref="InvalidOperationException">When no replication has been added.</exception>
    public VariantSummary Summarize()
    {
        if (Count == 0)
        {
            throw new InvalidOperationException($"Variant '{Name}' has no replication to summarise.");
        }

        var headline = new HeadlineEstimate(Metric, _headline.EstimateMean());
        var hasDestinations = _deliveries.Count > 0;
        var difference = _difference?.EstimateDifference();
        return new VariantSummary(
            Name,
            _variant.Cost,
            headline,
            hasDestinations ? Distribution() : null,
            hasDestinations ? _targetMet.Estimate() : null,
            _allMet.Trials > 0 ? _allMet.Estimate() : null,
            Destinations(),
            Means(_blocked),
            Means(_missed),
            Means(_totals),
            difference,
            difference is null ? null : CostEffectiveness.Create(difference, _variant.Cost),
            _hasEquipment ? Service() : null)
        {
            Receipts = new ReceiptOutcomes(_perPersonDay.Estimate(), _fullRation.Estimate(), _noDelivery.Estimate()),
            Months = _calendar.Summarize(),
            Materials = _materials.Select((m, i) => new MaterialSummary(_variant.Plant.Materials[i], m[0].Mean, m[1].Mean)).ToArray(),
            Carriers = _carriers.Select((c, i) => new CarrierSummary(_variant.Plant.Carriers[i], c[0].Mean, c[1].Mean)).ToArray(),
            Spread = new ReplicationSpread(_replicationMeans.Sorted(), _runningMean.Points(), _targets.Sorted()),
        };
    }

    private ServiceSummary Service()
    {
        var difference = _sessionsDifference?.EstimateDifference();
        return new ServiceSummary(
            _sessions.EstimateMean(),
            _turnedAway.EstimateMean(),
            _turnedAwayNoPower.EstimateMean(),
            _turnedAwayBusy.EstimateMean(),
            difference,
            difference is null ? null : CostEffectiveness.Create(difference, _variant.Cost));
    }

    private DeliveryDistribution Distribution() => new(
        _headline.EstimateMean(),
        _deliveries.Quantile(0.05),
        _deliveries.Quantile(0.25),
        _deliveries.Quantile(0.50),
        _deliveries.Quantile(0.75),
        _deliveries.Quantile(0.95),
        _deliveries.Bins());

    private List<DestinationSummary> Destinations()
    {
        var summaries = new List<DestinationSummary>();
        for (var d = 0; d < _destinationPerMonth.Length; d++)
        {
            // A destination with no month in the horizon has nothing to summarise.
            if (_destinationPerMonth[d].Count == 0)
            {
                continue;
            }

            summaries.Add(new DestinationSummary(
                _variant.Destinations[d],
                _destinationPerMonth[d].EstimateMean(),
                _destinationMet[d].Estimate(),
                _destinationGap[d].Mean,
                Means(_destinationMissed[d])));
        }
        return summaries;
    }

    private static void AddAll(RunningStatistics[] statistics, IReadOnlyList<Measure> measures, ReplicationMetrics replication)
    {
        for (var i = 0; i < statistics.Length; i++)
        {
            statistics[i].Add(measures[i].Value(replication));
        }
    }

    private static double[] Means(RunningStatistics[] statistics) => statistics.Select(s => s.Mean).ToArray();

    private static RunningStatistics[] New(int count) => Enumerable.Range(0, count).Select(_ => new RunningStatistics()).ToArray();
}
