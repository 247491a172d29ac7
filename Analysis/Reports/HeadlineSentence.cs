using Shortfall.Analysis.Output.Documents;
using Shortfall.Analysis.Running;

namespace Shortfall.Analysis.Reports;

/// <summary>
/// The answer in a sentence or two, built from the baseline's figures in summary.json: how often a
/// destination receives a delivery, how many destination-months get nothing at all and what the
/// median one gets (so that a mean cannot hide a year in which most months get nothing), how often
/// the target is met, which cause blocks production most, what the people served receive per
/// open day, and what the most effective remedy adds.
/// </summary>
public static class HeadlineSentence
{
    /// <summary>The headline of <paramref name="run"/> (plain text, not yet escaped).</summary>
    public static string Build(SavedRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var baseline = run.Summary.Baseline;
        var clauses = new List<string>();
        if (baseline.DeliveriesPerDestinationMonth is { } deliveries)
        {
            var (mean, interval) = ReportNumber.Parts(deliveries);
            clauses.Add($"In the baseline, a destination receives a delivery {mean} times a month{Space(interval)}");
            if (baseline.Receipts?.NoDeliveryShare is { } empty)
            {
                clauses.Add($"{ReportNumber.Percent(empty)} of destination-months get no delivery at all");
            }

            if (deliveries.P50 is { } median)
            {
                clauses.Add($"the median destination-month gets {ReportNumber.Whole(median)}");
            }
        }
        if (baseline.TargetMetProbability is { } met)
        {
            var (share, interval) = ReportNumber.PercentParts(met);
            var target = run.Target is { } t ? $" of {ReportNumber.Value(t)} deliveries a month" : "";
            clauses.Add($"the target{target} is met in {share} of destination-months {interval}");
        }
        if (LargestShare(baseline.BlockedHours) is { } largest)
        {
            clauses.Add($"{CauseNames.Phrase(largest.Name)} accounts for {ReportNumber.Percent(largest.Value)} of the hours production was blocked");
        }

        if (clauses.Count == 0)
        {
            clauses.Add($"The baseline's {run.Summary.HeadlineMetric.Replace('_', ' ')} is {ReportNumber.Interval(baseline.Headline)}");
        }

        var sentences = new List<string> { Capitalised(string.Join("; ", clauses)) + "." };
        if (baseline.Receipts is { } given && Receipts(given, run.Summary.ProductUnits) is { } receipts)
        {
            sentences.Add(receipts);
        }

        if (run.Summary.Variants.Count > 1)
        {
            sentences.Add(Remedies(run.Summary));
        }

        if (baseline.Service is { } service)
        {
            sentences.Add(Service(run.Summary, service));
        }

        return string.Join(" ", sentences);
    }

    /// <summary>The cause with the largest share of the total, as (cause, share from 0 to 1); null when nothing was blocked.</summary>
    public static NamedValue? LargestShare(IReadOnlyDictionary<string, double> hours)
    {
        ArgumentNullException.ThrowIfNull(hours);
        var total = hours.Sum(h => h.Value);
        if (!(total > 0))
        {
            return null;
        }

        var largest = hours.MaxBy(h => h.Value);
        return new NamedValue(largest.Key, largest.Value / total);
    }

    // What arrives per person and open day, and how often a day brings the full ration.
    private static string? Receipts(ReceiptsDocument receipts, IReadOnlyDictionary<string, string>? productUnits)
    {
        // In the products' unit when they share one.
        var unit = productUnits?.Values.Distinct(StringComparer.Ordinal).ToArray() is [var only] ? $"{only} of product" : "units of product";
        var parts = new List<string>();
        if (receipts.QuantityPerPersonOpenDay is { } perPerson)
        {
            var (value, interval) = ReportNumber.Parts(perPerson);
            parts.Add($"each person served receives {value}{Space(interval)} {unit} per open day");
        }
        if (receipts.FullRationShare is { } full)
        {
            var (value, interval) = ReportNumber.PercentParts(full);
            parts.Add($"{value}{Space(interval)} of open days bring a full ration");
        }
        return parts.Count == 0 ? null : Capitalised(string.Join("; ", parts)) + ".";
    }

    // The most effective remedy that raises deliveries beyond chance, and every remedy that lowers them: a harmful remedy is news too.
    private static string Remedies(SummaryDocument summary)
    {
        var significant = summary.Remedies.Where(v => v.DifferenceVsBaseline is { Mean: not null } d && d.ExcludesZero()).ToArray();
        var format = ReportNumber.Intervals(significant.Select(v => v.DifferenceVsBaseline));
        var best = significant.Where(v => v.DifferenceVsBaseline!.Mean > 0).MaxBy(v => v.DifferenceVsBaseline!.Mean);
        var text = best is null
            ? "No remedy raises deliveries by more than chance would explain"
            : $"The most effective remedy, {best.Name}, raises deliveries by {format(best.DifferenceVsBaseline!)} per destination-month";
        var lowering = significant.Where(v => v.DifferenceVsBaseline!.Mean < 0).OrderBy(v => v.DifferenceVsBaseline!.Mean)
            .Select(v => $"{v.Name} lowers them by {format(Negated(v.DifferenceVsBaseline!))}")
            .ToArray();
        return lowering.Length == 0 ? text + "." : $"{text}; {string.Join("; ", lowering)}.";
    }

    private static Estimate Negated(IIntervalDocument difference) => new(-difference.Mean, -difference.CiHigh, -difference.CiLow);

    // The service equipment's use in the baseline, and what each remedy changes in it, largest change first.
    private static string Service(SummaryDocument summary, ServiceDocument baseline)
    {
        var (served, interval) = ReportNumber.Parts(baseline.SessionsServed);
        var text = $"The service equipment serves {served} sessions per replication{Space(interval)} and turns away " +
            $"{ReportNumber.Parts(baseline.VisitsTurnedAway).Value} visits";
        var changes = summary.Remedies
            .Where(v => v.Service?.DifferenceVsBaseline?.Mean is not null)
            .OrderByDescending(v => v.Service!.DifferenceVsBaseline!.Mean)
            .Select(v =>
            {
                var (mean, range) = ReportNumber.Parts(v.Service!.DifferenceVsBaseline!, signed: true);
                var cost = v.Cost is { } c ? $" for {ReportNumber.Money(c, summary.Currency)}" : "";
                return $"{v.Name}{cost} changes that by {mean} sessions{Space(range)}";
            })
            .ToArray();
        return changes.Length == 0 ? text + "." : $"{text}; {string.Join("; ", changes)}.";
    }

    private static string Space(string? interval) => interval is null ? "" : " " + interval;

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
