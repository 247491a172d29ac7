using Shortfall.Analysis.Statistics;

namespace Shortfall.Analysis.Running;

/// <summary>What the replications of one variant add up to.</summary>
/// <param name="Name">The variant's name.</param>
/// <param name="Cost">Its cost; null when none was given.</param>
/// <param name="Headline">The run's headline metric, with its mean and t interval over replications.</param>
/// <param name="Deliveries">Deliveries per destination-month; null when the scenario has no destinations.</param>
/// <param name="TargetMet">The proportion of destination-months that met their target; null without destinations.</param>
/// <param name="AllTargetsMet">The proportion of months in which every destination met its target; null without destinations.</param>
/// <param name="Destinations">Per destination, in the scenario's order.</param>
/// <param name="BlockedHours">Mean line-hours blocked per replication, in the order of <see cref="Measures.BlockedHours"/>.</param>
/// <param name="MissedDays">Mean target days missed per replication, in the order of <see cref="Measures.MissedDays"/>.</param>
/// <param name="Totals">Means per replication, in the order of <see cref="Measures.Totals"/>.</param>
/// <param name="Difference">The paired difference variant − baseline of the headline metric; null for the baseline itself.</param>
/// <param name="EffectPerCost">The difference per unit of cost; null for the baseline.</param>
/// <param name="Service">Sessions of service equipment and their comparison with the baseline; null when the scenario has no equipment.</param>
public sealed record VariantSummary(
    string Name,
    double? Cost,
    HeadlineEstimate Headline,
    DeliveryDistribution? Deliveries,
    WilsonInterval? TargetMet,
    WilsonInterval? AllTargetsMet,
    IReadOnlyList<DestinationSummary> Destinations,
    IReadOnlyList<double> BlockedHours,
    IReadOnlyList<double> MissedDays,
    IReadOnlyList<double> Totals,
    MeanEstimate? Difference,
    CostEffectiveness? EffectPerCost,
    ServiceSummary? Service)
{
    /// <summary>What the people served receive: product per person and open day, full-ration days, destination-months with nothing.</summary>
    public required ReceiptOutcomes Receipts { get; init; }

    /// <summary>Deliveries by calendar month of the horizon, in calendar order; empty without destinations.</summary>
    public required IReadOnlyList<MonthSummary> Months { get; init; }

    /// <summary>Each material's refused arrivals and inputs lost in cut batches, in the scenario's order.</summary>
    public required IReadOnlyList<MaterialSummary> Materials { get; init; }

    /// <summary>Each carrier kind's kilometres and stops, in the scenario's order.</summary>
    public required IReadOnlyList<CarrierSummary> Carriers { get; init; }

    /// <summary>What the report draws of the replications one by one, in memory that does not grow with their number.</summary>
    public required ReplicationSpread Spread { get; init; }

    /// <summary>The mean per replication of <paramref name="measure"/>, one of <see cref="Measures.Totals"/>.</summary>
    /// <exception cref="ArgumentException">When the measure is not one of the totals.</exception>
    public double Total(Measure measure)
    {
        var index = Measures.Totals.ToList().IndexOf(measure);
        if (index < 0)
        {
            throw new ArgumentException($"'{measure.Name}' is not one of the totals.", nameof(measure));
        }

        return Totals[index];
    }
}
