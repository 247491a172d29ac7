using Shortfall.Analysis.Charts;
using Shortfall.Analysis.Output.Documents;
using Shortfall.Analysis.Statistics;

namespace Shortfall.Analysis.Reports;

/// <summary>
/// The charts of a results directory, built from the saved files: the distribution of deliveries
/// per destination-month (histogram with the target, ECDF per variant), deliveries by calendar month
/// per variant with the target, the spread of replication means (box plot), deliveries per destination with intervals, blocked hours by cause, the
/// running mean against replications, and, with a one-at-a-time sweep, the tornado chart.
/// </summary>
public static class ReportCharts
{
    /// <summary>The folder of the chart files, inside the results directory.</summary>
    public const string Folder = "charts";

    // The t interval of the first few replications is so wide (t = 12.7 at two) that it would flatten
    // the rest of the plot; the line starts at this replication, or at the second in shorter runs.
    private const int FirstConvergencePoint = 5;

    /// <summary>The charts of the run, if any, then of the sweep, if it is one at a time and of the run's scenario file; chart names are unique.</summary>
    public static IReadOnlyList<ReportChart> Build(SavedResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var charts = new List<ReportChart>();
        if (results.Run is { } run)
        {
            charts.AddRange(Run(run));
        }

        if (results.SweepMatchesRun && results.Sweep is { IsOneAtATime: true } sweep)
        {
            charts.Add(Tornado(sweep));
        }

        return charts;
    }

    private static IEnumerable<ReportChart> Run(SavedRun run)
    {
        var summary = run.Summary;
        var baseline = summary.Baseline;
        if (baseline.DeliveriesPerDestinationMonth is { } deliveries)
        {
            yield return new ReportChart("deliveries-histogram",
                "How many deliveries each destination received in each month of each replication, in the baseline; the dashed line is the median monthly " +
                    "target.",
                HistogramChart.Plot(new HistogramData("Deliveries per destination-month (baseline)", Counted(deliveries.Histogram))
                { Target = run.Target }));
        }
        var distributions = summary.Variants.Where(v => v.DeliveriesPerDestinationMonth is not null)
            .Select(v => new NamedSample(v.Name, Counted(v.DeliveriesPerDestinationMonth!.Histogram))).ToArray();
        if (distributions.Length > 0)
        {
            yield return new ReportChart("deliveries-ecdf",
                "For each variant, the share of destination-months with at most the number of deliveries on the horizontal axis: a curve further right and " +
                    "lower means more deliveries.",
                EcdfChart.Plot(new EcdfData("Distribution of deliveries per destination-month", distributions)));
        }
        var months = summary.Variants.SelectMany(v => (v.ByMonth ?? []).Select(m => m.Month)).Distinct().Order(StringComparer.Ordinal).ToArray();
        if (months.Length > 0)
        {
            yield return new ReportChart("deliveries-by-month",
                $"Mean deliveries per destination in each calendar month, over the destinations open that month, per variant, with " +
                    $"{ConfidencePhrase(summary)} whiskers; the dashed line is the median monthly target. A yearly mean can hide months that get nothing.",
                MonthlyIntervalChart.Plot(new MonthlyIntervalData("Deliveries per destination by month", months,
                    summary.Variants.Select(v => new MonthlySeries(v.Name,
                        months.Select(m => v.ByMonth?.FirstOrDefault(x => x.Month == m) is { } month ? Interval(m, month) : null).ToArray())).ToArray())
                { Target = run.Target, ConfidenceLevel = summary.ConfidenceLevel }));
        }
        var replicationMeans = summary.Variants.Select((v, i) => new NamedSample(v.Name, run.ReplicationMeans(i))).ToArray();
        if (replicationMeans.Any(s => s.Values.Count > 0))
        {
            yield return new ReportChart("replication-means",
                "Each replication's mean deliveries per destination-month, per variant: the box spans the middle half of the replications, the whiskers 5% " +
                    "to 95%.",
                BoxPlotChart.Plot(new BoxPlotData("Mean deliveries per destination-month, by replication", replicationMeans)
                {
                    YAxis = new AxisTitle("Mean deliveries per destination-month", "count"),
                }));
        }
        if (baseline.PerDestination.Count > 0)
        {
            yield return new ReportChart("destinations",
                $"Mean deliveries per month to each destination in the baseline, with {ConfidencePhrase(summary)} whiskers.",
                IntervalBarChart.Plot(new IntervalBarData("Deliveries per month by destination (baseline)",
                    baseline.PerDestination.Select(d => Interval(d.Name, d.DeliveriesPerMonth)).ToArray())
                { ConfidenceLevel = summary.ConfidenceLevel }));
        }
        var causes = baseline.BlockedHours.Keys.ToArray();
        yield return new ReportChart("blocked-hours",
            "Line-hours per replication in which production could not run, stacked by cause, per variant.",
            BlockedHoursChart.Plot(new BlockedHoursData("Blocked production hours by cause", causes,
                summary.Variants.Select(v => new StackedBar(v.Name, causes.Select(c => v.BlockedHours.GetValueOrDefault(c)).ToArray())).ToArray())));
        var convergence = Convergence(run.Distributions.Variants[0].RunningMean, summary.ConfidenceLevel);
        if (convergence.Count > 0)
        {
            yield return new ReportChart("convergence",
                $"The baseline's mean deliveries per destination-month after each number of replications from the {Ordinal(convergence[0].Replications)} " +
                    $"on, in the order they were run, with its {ConfidencePhrase(summary)} band: a flat line in a narrow band means more replications would " +
                        $"not change the answer.",
                ConvergenceChart.Plot(new ConvergenceData("Running mean of the baseline", convergence) { ConfidenceLevel = summary.ConfidenceLevel }));
        }
    }

    private static ReportChart Tornado(SweepDocument sweep) => new("tornado",
        $"The baseline's mean deliveries per destination-month with one input at the low or high end of its range and every other input at its scenario " +
            $"value ({sweep.Replications} replications per point); the widest bars are the inputs that matter most.",
        TornadoChart.Plot(new TornadoData("Sensitivity of mean deliveries per destination-month", sweep.BaselineMean,
            sweep.Parameters.Where(i => i.LowEffect is not null && i.HighEffect is not null).Select(i => new SensitivityEffect(
                $"{i.Label ?? i.Path} ({ReportNumber.Value(i.Low)}–{ReportNumber.Value(i.High)}{(i.Unit.Length > 0 ? " " + i.Unit : "")})",
                sweep.BaselineMean + i.LowEffect!.Value, sweep.BaselineMean + i.HighEffect!.Value)).ToArray())));

    /// <summary>"95% confidence".</summary>
    internal static string ConfidencePhrase(SummaryDocument summary) => $"{ReportNumber.Fixed(summary.ConfidenceLevel * 100, 0)}% confidence";

    private static Sample Counted(IReadOnlyList<HistogramBinDocument> histogram) =>
        Sample.FromCounts(histogram.Select(bin => KeyValuePair.Create((double)bin.Value, bin.Count)));

    private static string Ordinal(int n) => n switch
    {
        2 => "second",
        3 => "third",
        4 => "fourth",
        5 => "fifth",
        _ => $"{n}th",
    };

    private static IntervalEstimate Interval(string label, IIntervalDocument estimate)
    {
        var mean = estimate.Mean ?? 0;
        return new IntervalEstimate(label, mean, estimate.CiLow ?? mean, estimate.CiHigh ?? mean);
    }

    // The running mean with its t interval at the points the run kept (evenly thinned to at most 400, the last always kept).
    private static List<ConvergencePoint> Convergence(IReadOnlyList<RunningMeanDocument> running, double level)
    {
        var first = running.Count == 0 ? 0 : Math.Clamp(running[^1].Replications, 2, FirstConvergencePoint);
        return running.Where(p => p.Replications >= first)
            .Select(p => (p.Replications, Estimate: MeanEstimate.FromMoments(p.Replications, p.Mean, p.Variance, level)))
            .Select(p => new ConvergencePoint(checked((int)p.Replications), p.Estimate.Mean, p.Estimate.CiLow ?? p.Estimate.Mean,
                p.Estimate.CiHigh ?? p.Estimate.Mean))
            .ToList();
    }
}
