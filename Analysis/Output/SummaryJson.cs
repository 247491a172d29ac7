using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Shortfall.Analysis.Output.Documents;
using Shortfall.Analysis.Running;
using Shortfall.Analysis.Statistics;

namespace Shortfall.Analysis.Output;

/// <summary>
/// summary.json: the run and each variant's statistics, as a <see cref="SummaryDocument"/>. The file
/// is written and read through those types alone (<see cref="Contract"/>), so its keys are spelled
/// once: in a fixed order, every double in its shortest round-trip form, culture-invariant, so the
/// same outcome always gives the same bytes. Undefined values (an interval from one replication,
/// the baseline's difference from itself, a ratio without a cost) are null.
/// </summary>
public static class SummaryJson
{
    /// <summary>The file's name in a results directory.</summary>
    public const string FileName = "summary.json";

    /// <summary>The contract of the file: the generated one, with the precision fields of the stopping rule left out of other rules.</summary>
    public static JsonTypeInfo<SummaryDocument> Contract { get; } = CreateContract();

    /// <summary>The document for <paramref name="run"/> and its <paramref name="outcome"/>, as UTF-8 bytes ending in a newline.</summary>
    public static byte[] Serialize(RunDescription run, RunOutcome outcome) => Serialize(Document(run, outcome));

    /// <summary><paramref name="document"/> as the file's UTF-8 bytes, ending in a newline.</summary>
    public static byte[] Serialize(SummaryDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return JsonOutput.Document(document, Contract);
    }

    /// <summary>What summary.json records of <paramref name="run"/> and its <paramref name="outcome"/>.</summary>
    public static SummaryDocument Document(RunDescription run, RunOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(outcome);
        return new SummaryDocument
        {
            Scenario = run.Scenario,
            ScenarioHash = run.ScenarioHash,
            Currency = run.Currency,
            // In name order, as a merge of shards reads them back.
            MaterialUnits = new SortedDictionary<string, string>(run.MaterialUnits.ToDictionary(), StringComparer.Ordinal),
            ProductUnits = new SortedDictionary<string, string>(run.ProductUnits.ToDictionary(), StringComparer.Ordinal),
            Seed = run.Seed,
            Replications = outcome.Replications,
            HeadlineMetric = outcome.Variants[0].Headline.Metric.Name(),
            ConfidenceLevel = 0.95,
            Stopping = Stopping(run.Stopping, outcome.StoppingRuleMet),
            Events = outcome.Events,
            Variants = outcome.Variants.Select(v => Variant(v, run.VariantDescriptions.GetValueOrDefault(v.Name))).ToArray(),
        };
    }

    private static JsonTypeInfo<SummaryDocument> CreateContract()
    {
        var options = new JsonSerializerOptions(ResultDocumentsContext.Default.Options)
        {
            TypeInfoResolver = ResultDocumentsContext.Default.WithAddedModifier(PrecisionFieldsOnlyForPrecision),
        };
        return (JsonTypeInfo<SummaryDocument>)options.GetTypeInfo(typeof(SummaryDocument));
    }

    private static void PrecisionFieldsOnlyForPrecision(JsonTypeInfo info)
    {
        if (info.Type != typeof(StoppingDocument))
        {
            return;
        }

        string[] precisionOnly = [nameof(StoppingDocument.RelativeHalfWidth), nameof(StoppingDocument.ProportionHalfWidth),
            nameof(StoppingDocument.MinimumReplications)];
        foreach (var property in info.Properties.Where(p => precisionOnly.Any(name => JsonNamingPolicy.SnakeCaseLower.ConvertName(name) == p.Name)))
        {
            property.ShouldSerialize = (stopping, _) => ((StoppingDocument)stopping).IsPrecision;
        }
    }

    private static StoppingDocument Stopping(StoppingRule stopping, bool met) => stopping switch
    {
        FixedReplications => new StoppingDocument { Rule = "fixed", MaximumReplications = stopping.MaximumReplications, Met = met },
        PrecisionStopping precision => new StoppingDocument
        {
            Rule = precision.IncludeProportions ? "precision_all" : "precision",
            RelativeHalfWidth = precision.Rule.MaximumRelativeHalfWidth,
            ProportionHalfWidth = precision.IncludeProportions ? precision.Rule.MaximumProportionHalfWidth : null,
            MinimumReplications = precision.Rule.MinimumReplications,
            MaximumReplications = stopping.MaximumReplications,
            Met = met,
        },
        _ => throw new ArgumentOutOfRangeException(nameof(stopping), stopping.GetType().Name, "Unknown stopping rule."),
    };

    private static VariantDocument Variant(VariantSummary variant, string? description) => new()
    {
        Name = variant.Name,
        Description = description,
        Cost = variant.Cost,
        Headline = new HeadlineDocument(variant.Headline.Metric.Name(), variant.Headline.Estimate.Mean, variant.Headline.Estimate.CiLow,
            variant.Headline.Estimate.CiHigh, variant.Headline.Estimate.N),
        DeliveriesPerDestinationMonth = variant.Deliveries is { } d ? Deliveries(d) : null,
        TargetMetProbability = Proportion(variant.TargetMet),
        AllTargetsMetProbability = Proportion(variant.AllTargetsMet),
        PerDestination = variant.Destinations.Select(d => new DestinationDocument
        {
            Name = d.Name,
            DeliveriesPerMonth = MeanDocument.Of(d.DeliveriesPerMonth),
            TargetMetProbability = Proportion(d.TargetMet),
            LongestGapDays = d.LongestGapDays,
            MissedDaysByCause = Named(Measures.MissedDays, d.MissedDaysByCause),
        }).ToArray(),
        BlockedHours = Named(Measures.BlockedHours, variant.BlockedHours),
        MissedDaysByCause = Named(Measures.MissedDays, variant.MissedDays),
        Spoiled = variant.Total(Measures.Spoiled),
        TripsLost = variant.Total(Measures.TripsLost),
        PerReplicationMeans = Named(Measures.Totals, variant.Totals),
        Receipts = new ReceiptsDocument(Outcome(variant.Receipts.QuantityPerPersonDay), Outcome(variant.Receipts.FullRationShare),
            Outcome(variant.Receipts.NoDeliveryShare)),
        ByMonth = variant.Months.Select(m => new MonthDocument(m.Month, m.Deliveries.Mean, m.Deliveries.CiLow, m.Deliveries.CiHigh, m.Deliveries.N,
            m.NoDeliveryShare,
            m.Destinations.Select(d => new DestinationMonthDocument(d.Name, d.Deliveries.Mean, d.Deliveries.CiLow, d.Deliveries.CiHigh, d.Deliveries.N,
                d.NoDeliveryShare)).ToArray())).ToArray(),
        Materials = variant.Materials.Select(m => new MaterialDocument(m.Name, m.Refused, m.LostInCutBatches)).ToArray(),
        Carriers = variant.Carriers.Select(c => new CarrierDocument(c.Name, c.DistanceKm, c.Stops)).ToArray(),
        DifferenceVsBaseline = MeanOrNull(variant.Difference),
        EffectPerCost = Effect(variant.EffectPerCost),
        Service = variant.Service is { } s
            ? new ServiceDocument(MeanDocument.Of(s.SessionsServed), MeanDocument.Of(s.VisitsTurnedAway), MeanOrNull(s.Difference), Effect(s.EffectPerCost))
            {
                VisitsTurnedAwayNoPower = MeanDocument.Of(s.TurnedAwayNoPower),
                VisitsTurnedAwayBusy = MeanDocument.Of(s.TurnedAwayBusy),
            }
            : null,
    };

    private static DeliveriesDocument Deliveries(DeliveryDistribution d) => new()
    {
        Mean = d.Mean.Mean,
        CiLow = d.Mean.CiLow,
        CiHigh = d.Mean.CiHigh,
        N = d.Mean.N,
        P05 = d.P05,
        P25 = d.P25,
        P50 = d.P50,
        P75 = d.P75,
        P95 = d.P95,
        Histogram = d.Histogram.Select(b => new HistogramBinDocument(b.Lower, b.Count)).ToArray(),
    };

    private static MeanDocument? MeanOrNull(MeanEstimate? e) => e is null ? null : MeanDocument.Of(e);

    private static OutcomeDocument? Outcome(OutcomeEstimate? o) =>
        o is null ? null : new OutcomeDocument(o.Estimate.Mean, o.Estimate.CiLow, o.Estimate.CiHigh, o.Estimate.N, MeanOrNull(o.Difference));

    private static Estimate? Effect(CostEffectiveness? e) => e is null ? null : new Estimate(e.EffectPerUnitCost, e.CiLow, e.CiHigh);

    private static ProportionDocument? Proportion(WilsonInterval? w) => w is null ? null : new ProportionDocument
    {
        Estimate = w.Estimate,
        CiLow = w.CiLow,
        CiHigh = w.CiHigh,
        Successes = w.Successes,
        Trials = w.Trials,
        EffectiveTrials = w.EffectiveTrials,
    };

    // In the measures' order, which a Dictionary keeps when nothing is removed from it.
    private static Dictionary<string, double> Named(IReadOnlyList<Measure> measures, IReadOnlyList<double> values) =>
        measures.Select((m, i) => (m.Name, Value: values[i])).ToDictionary(x => x.Name, x => x.Value);
}
