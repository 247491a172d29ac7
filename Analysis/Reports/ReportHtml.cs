using Shortfall.Analysis.Charts;
using Shortfall.Analysis.Output;
using Shortfall.Analysis.Output.Documents;
using Shortfall.Analysis.Running;

namespace Shortfall.Analysis.Reports;

/// <summary>
/// report.html: one self-contained page (inline CSS and SVG, no scripts, nothing fetched) that an
/// analyst can hand on: what was run, the answer in a sentence, the tables, the charts, the
/// remedies ranked by effect and by effect per cost, the service figures when the scenario has
/// service equipment, and the sensitivity of a sweep in the same directory. The same results give
/// the same bytes: nothing depends on the clock, the culture or the machine.
/// </summary>
public static class ReportHtml
{
    /// <summary>The file's name in a results directory.</summary>
    public const string FileName = "report.html";

    /// <summary>The page for <paramref name="results"/> with its <paramref name="charts"/> (from <see cref="ReportCharts.Build"/>).</summary>
    public static string Render(SavedResults results, IReadOnlyList<ReportChart> charts)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(charts);
        var figures = charts.ToDictionary(c => c.Name);
        var title = results.Run is { } r
            ? $"{r.Summary.Scenario}: what the plant delivers, and why"
            : $"{results.Sweep!.Scenario}: which inputs matter";
        var html = new Html();
        html.Raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
            .Element("title", title)
            .Raw($"<style>\n{ReportStyle.Css}\n</style>\n</head>\n<body>\n<main>\n")
            .Element("h1", title);
        if (results.Run is { } run)
        {
            RunSections(html, run, figures);
        }

        if (results.Sweep is { } sweep)
        {
            SweepSection(html, results, sweep, figures);
        }

        html.Raw("<footer>\n")
            .Element("p", $"Drawn by Shortfall from the results files in this directory ({string.Join(", ", Sources(results))}); the charts are also saved " +
                $"one by one under {ReportCharts.Folder}/. Redraw with: shortfall plot DIR.")
            .Raw("</footer>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static IEnumerable<string> Sources(SavedResults results)
    {
        if (results.Run is not null)
        {
            yield return SummaryJson.FileName;
            yield return DistributionsJson.FileName;
        }
        if (results.Sweep is not null)
        {
            yield return SweepFiles.JsonFileName;
        }
    }

    private static void RunSections(Html html, SavedRun run, Dictionary<string, ReportChart> figures)
    {
        var summary = run.Summary;
        html.Element("p", $"{Plural(summary.Replications, "replication")} of {Plural(summary.Variants.Count, "variant")}, compared on common random " +
            $"numbers; intervals are {ReportCharts.ConfidencePhrase(summary)} intervals.", "subtitle")
            .Element("p", HeadlineSentence.Build(run), "headline");

        html.Element("h2", "What was run");
        html.Raw("<dl class=\"facts\">\n");
        Fact(html, "Scenario", summary.Scenario);
        html.Raw($"<dt>Scenario file SHA-256</dt><dd><code>{MarkupText.Escape(summary.ScenarioHash)}</code></dd>\n");
        Fact(html, "Seed", summary.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Fact(html, "Replications", $"{ReportNumber.Whole(summary.Replications)} of each variant");
        Fact(html, "Stopping rule", StoppingText(summary));
        if (run.Target is { } target)
        {
            Fact(html, "Monthly target", $"median {ReportNumber.Value(target)} deliveries per destination in months with a target");
        }

        html.Raw("</dl>\n");
        html.Table(["Variant", "What it changes", "Cost"], summary.Variants.Select(v => Row(
            TableCell.Name(v.Name), TableCell.Of(v.Description ?? (v == summary.Baseline ? "The scenario as written." : "")),
                TableCell.Number(v.Cost is { } c ? ReportNumber.Money(c, summary.Currency) : "–"))));

        html.Element("h2", "Deliveries against the target");
        var deliveries = ReportNumber.Intervals(summary.Variants.Select(v => v.DeliveriesPerDestinationMonth));
        var met = ReportNumber.Percents(summary.Variants.Select(v => v.TargetMetProbability is { } p ? ReportNumber.Share(p) : null));
        var allMet = ReportNumber.Percents(summary.Variants.Select(v => v.AllTargetsMetProbability is { } p ? ReportNumber.Share(p) : null));
        var change = ReportNumber.Intervals(summary.Variants.Select(v => v.DifferenceVsBaseline), signed: true);
        html.Table(["Variant", "Deliveries per destination-month", "Target met (destination-months)", "All targets met (months)", "Change vs baseline"],
            summary.Variants.Select(v => Row(
                TableCell.Name(v.Name),
                TableCell.Number(v.DeliveriesPerDestinationMonth is { } d ? deliveries(d) : "–"),
                TableCell.Number(v.TargetMetProbability is { } p ? met(ReportNumber.Share(p)) : "–"),
                TableCell.Number(v.AllTargetsMetProbability is { } a ? allMet(ReportNumber.Share(a)) : "–"),
                TableCell.Number(v.DifferenceVsBaseline is { } diff ? change(diff) : "–"))));
        Figure(html, figures, "deliveries-histogram");
        Figure(html, figures, "deliveries-ecdf");
        Figure(html, figures, "replication-means");
        YearSection(html, summary, figures);
        ReceiptsSection(html, summary);

        WhySection(html, summary, figures);
        DestinationSection(html, summary, figures);
        if (summary.Variants.Count > 1)
        {
            RemedySection(html, summary);
        }

        if (summary.Variants.Any(v => v.Service is not null))
        {
            ServiceSection(html, summary);
        }

        html.Element("h2", "Precision");
        html.Element("p", $"{StoppingText(summary)}. The running mean below shows whether the answer had settled.");
        Figure(html, figures, "convergence");
    }

    private static void YearSection(Html html, SummaryDocument summary, Dictionary<string, ReportChart> figures)
    {
        if (!figures.ContainsKey("deliveries-by-month"))
        {
            return;
        }

        html.Element("h2", "Over the year");
        html.Element("p", "Deliveries per destination in each calendar month: a yearly mean of two a month may be six in spring and none from summer on.");
        Figure(html, figures, "deliveries-by-month");
        var months = summary.Baseline.ByMonth ?? [];
        var deliveries = ReportNumber.Intervals(months);
        html.Raw("<div class=\"table-scroll\">\n").Table(["Month", "Deliveries per destination", "Destination-months with no delivery"],
            months.Select(m => Row(
                TableCell.Name(m.Month),
                TableCell.Number(deliveries(m)),
                TableCell.Number(ReportNumber.Percent(m.NoDeliveryShare)))),
            "Baseline, by calendar month").Raw("</div>\n");
    }

    private static void ReceiptsSection(Html html, SummaryDocument summary)
    {
        if (summary.Baseline.DeliveriesPerDestinationMonth is null || summary.Baseline.Receipts is null)
        {
            return;
        }

        html.Element("h2", "What the people served receive");
        html.Element("p", "Product delivered on open days per person served and open day (in the product's unit, counting loads under the minimum too), the " +
            "share of open days that brought the full daily quantity, and the share of destination-months that received nothing at all; each with its " +
                "change against the baseline, paired over the same random numbers.");
        var receipts = summary.Variants.Select(v => v.Receipts).ToArray();
        var quantity = ReportNumber.Intervals(receipts.Select(r => r?.QuantityPerPersonOpenDay));
        var quantityChange = ReportNumber.Intervals(receipts.Select(r => r?.QuantityPerPersonOpenDay?.DifferenceVsBaseline), signed: true);
        var full = ReportNumber.Percents(receipts.Select(r => r?.FullRationShare));
        var fullChange = ReportNumber.Percents(receipts.Select(r => r?.FullRationShare?.DifferenceVsBaseline), signed: true);
        var none = ReportNumber.Percents(receipts.Select(r => r?.NoDeliveryShare));
        var noneChange = ReportNumber.Percents(receipts.Select(r => r?.NoDeliveryShare?.DifferenceVsBaseline), signed: true);
        var unit = ProductUnit(summary) is { } u ? " " + u : "";
        html.Raw("<div class=\"table-scroll\">\n").Table(
            ["Variant", "Product per person and open day", "Change", "Open days with a full ration", "Change", "Destination-months with no delivery", "Change",
                "Median deliveries per destination-month"],
            summary.Variants.Select(v => Row(
                TableCell.Name(v.Name),
                TableCell.Number(v.Receipts?.QuantityPerPersonOpenDay is { } q ? quantity(q) + unit : "–"),
                TableCell.Number(v.Receipts?.QuantityPerPersonOpenDay?.DifferenceVsBaseline is { } qd ? quantityChange(qd) + unit : "–"),
                TableCell.Number(v.Receipts?.FullRationShare is { } f ? full(f) : "–"),
                TableCell.Number(v.Receipts?.FullRationShare?.DifferenceVsBaseline is { } fd ? fullChange(fd) : "–"),
                TableCell.Number(v.Receipts?.NoDeliveryShare is { } n ? none(n) : "–"),
                TableCell.Number(v.Receipts?.NoDeliveryShare?.DifferenceVsBaseline is { } nd ? noneChange(nd) : "–"),
                TableCell.Number(v.DeliveriesPerDestinationMonth?.P50 is { } median ? ReportNumber.Whole(median) : "–"))),
            "Per variant, mean over replications with interval").Raw("</div>\n");
    }

    private static void LedgerTable(Html html, SummaryDocument summary)
    {
        var (materials, carriers) = (summary.Baseline.Materials ?? [], summary.Baseline.Carriers ?? []);
        if (materials.Count + carriers.Count == 0)
        {
            return;
        }

        var columns = materials.Select(m => m.Name).SelectMany(name => new (string Heading, Func<VariantDocument, double?> Value)[]
            {
                ($"{name}: refused{Unit(summary.MaterialUnits, name)}", v => v.Materials?.FirstOrDefault(m => m.Name == name)?.Refused),
                ($"{name}: lost in cut batches{Unit(summary.MaterialUnits, name)}", v => v.Materials?.FirstOrDefault(m => m.Name == name)?.LostInCutBatches),
            })
            .Concat(carriers.Select(c => c.Name).SelectMany(name => new (string Heading, Func<VariantDocument, double?> Value)[]
            {
                ($"{name}: km", v => v.Carriers?.FirstOrDefault(c => c.Name == name)?.DistanceKm),
                ($"{name}: stops", v => v.Carriers?.FirstOrDefault(c => c.Name == name)?.Stops),
            }))
            .ToArray();
        html.Raw("<div class=\"table-scroll\">\n").Table(["Variant", .. columns.Select(c => c.Heading)],
            summary.Variants.Select(v => Row([
                TableCell.Name(v.Name),
                .. columns.Select(c => TableCell.Number(c.Value(v) is { } x ? ReportNumber.Value(x) : "–")),
            ])), "Materials refused or lost in batches a power cut spoiled, and carriers' driving (mean per replication)").Raw("</div>\n");
    }

    private static void WhySection(Html html, SummaryDocument summary, Dictionary<string, ReportChart> figures)
    {
        html.Element("h2", "Why it falls short");
        var causes = summary.Baseline.BlockedHours.Keys.ToArray();
        html.Table(["Variant", .. causes.Select(c => $"{CauseNames.Phrase(c)} (h)"), "Largest cause"], summary.Variants.Select(v =>
        {
            var largest = HeadlineSentence.LargestShare(v.BlockedHours);
            return Row([
                TableCell.Name(v.Name),
                .. causes.Select(c => TableCell.Number(ReportNumber.Whole(Value(v.BlockedHours, c)))),
                TableCell.Of(largest is null ? "–" : $"{CauseNames.Phrase(largest.Name)} ({ReportNumber.Percent(largest.Value)})"),
            ]);
        }), "Line-hours production was blocked, by cause (mean per replication)");
        Figure(html, figures, "blocked-hours");
        var missed = summary.Baseline.MissedDaysByCause.Keys.ToArray();
        var missedColumns = missed.Select(c => ReportNumber.Column(summary.Variants.Select(v => Value(v.MissedDaysByCause, c)), maxDecimals: 1)).ToArray();
        var tripsColumn = ReportNumber.Column(summary.Variants.Select(v => v.TripsLost).OfType<double>(), maxDecimals: 2);
        var spoiledUnit = ProductUnit(summary) is { } unit ? " " + unit : " units of product";
        html.Table(["Variant", .. missed.Select(c => $"{CauseNames.Phrase(c)} (days)"), "Product spoiled", "Trips lost to breakdowns"], summary.Variants
            .Select(v => Row([
                TableCell.Name(v.Name),
                .. missed.Select((c, i) => TableCell.Number(missedColumns[i](Value(v.MissedDaysByCause, c)))),
                TableCell.Number(v.Spoiled is { } s ? ReportNumber.Whole(s) + spoiledUnit : "–"),
                TableCell.Number(v.TripsLost is { } t ? tripsColumn(t) + " trips" : "–"),
            ])), "Target days without a delivery, summed over destinations, by cause; product spoiled and trips lost (mean per replication)");
        LedgerTable(html, summary);
    }

    private static void DestinationSection(Html html, SummaryDocument summary, Dictionary<string, ReportChart> figures)
    {
        var baseline = summary.Baseline;
        if (baseline.PerDestination.Count == 0)
        {
            return;
        }

        html.Element("h2", "Destinations");
        var gapColumn = ReportNumber.Column(baseline.PerDestination.Select(d => d.LongestGapDays).OfType<double>(), maxDecimals: 1);
        var deliveries = ReportNumber.Intervals(baseline.PerDestination.Select(d => d.DeliveriesPerMonth));
        var met = ReportNumber.Percents(baseline.PerDestination.Select(d => d.TargetMetProbability is { } p ? ReportNumber.Share(p) : null));
        html.Table(["Destination", "Deliveries per month", "Target met (months)", "Longest gap (days)", "Main cause of missed days"],
            baseline.PerDestination.Select(d =>
            {
                var main = d.MissedDaysByCause.Where(m => m.Value > 0).Select(m => new NamedValue(m.Key, m.Value)).MaxBy(m => m.Value);
                return Row(
                    TableCell.Name(d.Name),
                    TableCell.Number(deliveries(d.DeliveriesPerMonth)),
                    TableCell.Number(d.TargetMetProbability is { } p ? met(ReportNumber.Share(p)) : "–"),
                    TableCell.Number(d.LongestGapDays is { } g ? gapColumn(g) : "–"),
                    TableCell.Of(main is null ? "–" : $"{CauseNames.Phrase(main.Name)} ({ReportNumber.Value(main.Value)} days)"));
            }), "Baseline, per destination");
        Figure(html, figures, "destinations");
        if (summary.Variants.Count > 1)
        {
            var means = ReportNumber.Column(summary.Variants.SelectMany(v => v.PerDestination).Select(d => d.DeliveriesPerMonth.Mean).OfType<double>());
            html.Raw("<div class=\"table-scroll\">\n").Table(["Destination", .. summary.Variants.Select(v => v.Name)],
                baseline.PerDestination.Select((d, i) => Row([
                    TableCell.Name(d.Name),
                    .. summary.Variants.Select(v => TableCell.Number(
                        i < v.PerDestination.Count && v.PerDestination[i].DeliveriesPerMonth.Mean is { } m ? means(m) : "–")),
                ])), "Mean deliveries per month, by destination and variant").Raw("</div>\n");
        }
    }

    private static void RemedySection(Html html, SummaryDocument summary)
    {
        html.Element("h2", "Remedies");
        html.Element("p", "Each remedy against the baseline, paired over the same random numbers: the change in mean deliveries per destination-month with " +
            "its interval. Only a remedy whose interval lies above zero is ranked as raising deliveries; one whose interval includes zero has no effect " +
            "that these replications can tell from chance, and one whose interval lies below zero lowers deliveries.");
        // Remedies that raise deliveries first, largest effect first; then those with no detectable effect; then those that lower them, least harm first.
        var ordered = summary.Remedies.OrderBy(v => Effect(v.DifferenceVsBaseline))
            .ThenByDescending(v => v.DifferenceVsBaseline?.Mean ?? double.NegativeInfinity).ToArray();
        var perCost = ordered.Where(v => v.Cost is not null && v.EffectPerCost?.Mean is not null).ToArray();
        var scale = CostScale.For(perCost.Select(v => v.EffectPerCost!.Mean!.Value), summary.Currency,
            perCost.Select(v => v.Cost!.Value).DefaultIfEmpty(1).Max());
        var change = ReportNumber.Intervals(ordered.Select(v => v.DifferenceVsBaseline), signed: true);
        var changePerCost = ReportNumber.Intervals(perCost.Select(v => scale.Apply(v.EffectPerCost!)), signed: true);
        html.Table(["Rank", "Remedy", "What it changes", "Change in deliveries per destination-month", "Verdict", "Cost", $"Change {scale.Label}"],
            ordered.Select((v, i) => Row(
                TableCell.Number(Effect(v.DifferenceVsBaseline) == 0 ? Rank(i) : "–"),
                TableCell.Name(v.Name),
                TableCell.Of(v.Description ?? ""),
                TableCell.Number(v.DifferenceVsBaseline is { } d ? change(d) : "–"),
                TableCell.Of(Verdict(v.DifferenceVsBaseline, "deliveries")),
                TableCell.Number(v.Cost is { } c ? ReportNumber.Money(c, summary.Currency) : "–"),
                TableCell.Number(v.Cost is not null && v.EffectPerCost is { Mean: not null } e ? changePerCost(scale.Apply(e)) : "–"))),
            "Remedies that raise deliveries ranked by effect, then the others");
        var helping = perCost.Where(v => Effect(v.DifferenceVsBaseline) == 0).OrderByDescending(v => v.EffectPerCost!.Mean).ToArray();
        if (perCost.Length == 0)
        {
            html.Element("p", "No remedy has a cost in the scenario file, so none can be ranked by effect per cost.", "note");
            return;
        }
        if (helping.Length == 0)
        {
            html.Element("p", "No remedy with a cost raises deliveries by more than chance would explain, so none is ranked by effect per cost.", "note");
            return;
        }
        html.Table(["Rank", "Remedy", "Cost", $"Change in deliveries per destination-month {scale.Label}"],
            helping.Select((v, i) => Row(
                TableCell.Number(Rank(i)),
                TableCell.Name(v.Name),
                TableCell.Number(ReportNumber.Money(v.Cost!.Value, summary.Currency)),
                TableCell.Number(changePerCost(scale.Apply(v.EffectPerCost!))))),
            "Remedies with a cost that raise deliveries, ranked by effect per cost");
    }

    private static void ServiceSection(Html html, SummaryDocument summary)
    {
        html.Element("h2", "Service equipment");
        html.Element("p", "Sessions of the service equipment (such as computers that workers come to use) per replication, and the change each variant " +
            "makes, paired against the baseline.");
        var withService = summary.Variants.Where(v => v.Service is not null).ToArray();
        var costed = withService.Where(v => v.Cost is not null).ToArray();
        var scale = CostScale.For(costed.Select(v => v.Service!.EffectPerCost?.Mean).OfType<double>(), summary.Currency,
            costed.Select(v => v.Cost!.Value).DefaultIfEmpty(1).Max());
        var services = withService.Select(v => v.Service!).ToArray();
        var served = ReportNumber.Intervals(services.Select(s => s.SessionsServed));
        var noPower = ReportNumber.Intervals(services.Select(s => s.VisitsTurnedAwayNoPower));
        var busy = ReportNumber.Intervals(services.Select(s => s.VisitsTurnedAwayBusy));
        var change = ReportNumber.Intervals(services.Select(s => s.DifferenceVsBaseline), signed: true);
        var perCost = ReportNumber.Intervals(costed.Select(v => v.Service!.EffectPerCost is { } e ? scale.Apply(e) : null), signed: true);
        html.Table(["Variant", "Sessions served", "Turned away: no power", "Turned away: busy", "Change in sessions served", "Verdict", "Cost",
            $"Change {scale.Label}"],
            withService.Select(v => Row(
                TableCell.Name(v.Name),
                TableCell.Number(served(v.Service!.SessionsServed)),
                TableCell.Number(v.Service.VisitsTurnedAwayNoPower is { } n ? noPower(n) : "–"),
                TableCell.Number(v.Service.VisitsTurnedAwayBusy is { } b ? busy(b) : "–"),
                TableCell.Number(v.Service.DifferenceVsBaseline is { } d ? change(d) : "–"),
                TableCell.Of(v.Service.DifferenceVsBaseline is null ? "–" : Verdict(v.Service.DifferenceVsBaseline, "sessions")),
                TableCell.Number(v.Cost is { } c ? ReportNumber.Money(c, summary.Currency) : "–"),
                TableCell.Number(v.Cost is not null && v.Service.EffectPerCost is { Mean: not null } e ? perCost(scale.Apply(e)) : "–"))),
            "Per replication, mean with interval");
    }

    private static void SweepSection(Html html, SavedResults results, SweepDocument sweep, Dictionary<string, ReportChart> figures)
    {
        html.Element("h2", "Which inputs matter");
        if (!results.SweepMatchesRun)
        {
            html.Element("p", $"The sweep in this directory ({SweepFiles.JsonFileName}) was run on a different version of the scenario file than the run " +
                $"above, so it is not shown; run the sweep again.", "note");
            return;
        }
        if (!sweep.IsOneAtATime)
        {
            html.Element("p", $"The sweep in this directory is a Latin-hypercube sweep ({SweepFiles.JsonFileName}); its ranking is in that file. A tornado " +
                $"chart needs a one-at-a-time sweep (shortfall sweep --mode oat).", "note");
            return;
        }
        html.Element("p", $"A one-at-a-time sweep: baseline mean {ReportNumber.Value(sweep.BaselineMean)} deliveries per destination-month over " +
            $"{Plural(sweep.Replications, "replication")} per point.");
        Figure(html, figures, "tornado");
        // Each input's end points, paired against the baseline point, with their intervals.
        var ends = sweep.Parameters.ToDictionary(i => i.Path, i => sweep.Points.Where(p => p.Values.GetValueOrDefault(i.Path) is not null)
            .Select(p => p.DifferenceVsBaseline).ToArray());
        var change = ReportNumber.Intervals(ends.Values.SelectMany(e => e.Length == 0 ? [] : new[] { e[0], e[^1] }), signed: true);
        html.Table(["Input", "Path in the scenario", "Range", "Change in mean deliveries per destination-month at the low end",
            "Change at the high end"],
            sweep.Parameters.OrderByDescending(i => Math.Abs((i.HighEffect ?? 0) - (i.LowEffect ?? 0))).Select(i => Row(
                TableCell.Name(i.Label ?? i.Path),
                TableCell.Of(i.Path),
                TableCell.Number($"{ReportNumber.Value(i.Low)} – {ReportNumber.Value(i.High)}{(i.Unit.Length > 0 ? " " + i.Unit : "")}"),
                TableCell.Number(ends[i.Path] is [{ } low, ..] ? change(low) : "–"),
                TableCell.Number(ends[i.Path] is [.., { } high] ? change(high) : "–"))));
    }

    private static void Figure(Html html, Dictionary<string, ReportChart> figures, string name)
    {
        if (!figures.TryGetValue(name, out var chart))
        {
            return;
        }
        // Inline SVG in HTML takes its namespace from the parser; dropping the attribute keeps the page free of URLs.
        var svg = chart.Svg.Replace(" xmlns=\"http://www.w3.org/2000/svg\"", "", StringComparison.Ordinal);
        html.Raw($"<figure id=\"{MarkupText.Escape(chart.Name)}\">\n").Raw(svg)
            .Element("figcaption", chart.Caption)
            .Close("figure");
    }

    private static string StoppingText(SummaryDocument summary)
    {
        var s = summary.Stopping;
        var text = s.Rule switch
        {
            "fixed" => $"A fixed number of replications ({ReportNumber.Whole(s.MaximumReplications)})",
            "precision" or "precision_all" =>
                $"Replications were added until the {ReportCharts.ConfidencePhrase(summary)} interval of mean deliveries per destination-month was within " +
                    $"±{ReportNumber.Percent(s.RelativeHalfWidth ?? 0)} of the mean"
                + (s.ProportionHalfWidth is { } p ? $" and each probability of meeting the target within ±{ReportNumber.Value(p)}" : "")
                + $", from {ReportNumber.Whole(s.MinimumReplications ?? 0)} up to {ReportNumber.Whole(s.MaximumReplications)}",
            _ => $"Rule '{s.Rule}', at most {ReportNumber.Whole(s.MaximumReplications)} replications",
        };
        return s.Met ? text : text + "; the precision asked for was NOT reached";
    }

    // What a paired difference says, in words: "raises deliveries", "no detectable effect" or "lowers deliveries".
    private static string Verdict(IIntervalDocument? difference, string what) => Effect(difference) switch
    {
        _ when difference?.Mean is null => "–",
        0 => $"raises {what}",
        2 => $"lowers {what}",
        _ => "no detectable effect",
    };

    // 0 when the difference's interval lies above zero, 2 below, 1 otherwise (including an unknown one): the order remedies are listed in.
    private static int Effect(IIntervalDocument? difference) =>
        difference is { Mean: { } mean } && difference.ExcludesZero() ? (mean > 0 ? 0 : 2) : 1;

    private static string Rank(int index) => (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    // The products' unit when they share one, for quantities summed over products.
    private static string? ProductUnit(SummaryDocument summary) =>
        summary.ProductUnits?.Values.Distinct(StringComparer.Ordinal).ToArray() is [var unit] ? unit : null;

    private static string Unit(IReadOnlyDictionary<string, string>? units, string name) => units?.TryGetValue(name, out var unit) == true ? $" ({unit})" : "";

    private static void Fact(Html html, string name, string value) =>
        html.Raw($"<dt>{MarkupText.Escape(name)}</dt><dd>{MarkupText.Escape(value)}</dd>\n");

    private static double Value(IReadOnlyDictionary<string, double> values, string name) => values.GetValueOrDefault(name);

    private static string Plural(long count, string noun) => $"{ReportNumber.Whole(count)} {noun}{(count == 1 ? "" : "s")}";

    private static TableCell[] Row(params TableCell[] cells) => cells;
}
