using System.Globalization;
using Shortfall.Analysis.Output;
using Shortfall.Analysis.Running;
using Shortfall.Analysis.Terminal;

namespace Shortfall.Tests.Analysis.Running;

public class YearPatternTests
{
    // t(0.975, 1 degree of freedom) = tan(0.475 π), the Cauchy quantile.
    private static readonly double T1 = Math.Tan(0.475 * Math.PI);

    // Two replications, two destinations, two months (December 2021 and January 2022):
    // replication 0: d0 = [1, 3], d1 = [2, 2]; replication 1: d0 = [0, 4], d1 = [5, 1].
    // Month 0: replication means 1.5 and 2.5; month 1: 2.5 and 2.5. Only d0 in month 0 of replication 1 got nothing.
    private static VariantSummary Summarize()
    {
        var accumulator = new VariantAccumulator(Results.Variant("baseline", 2), HeadlineMetric.DeliveriesPerDestinationMonth, isBaseline: true);
        foreach (var result in new[] { Results.With(0, 2, [[1, 3], [2, 2]]), Results.With(1, 2, [[0, 4], [5, 1]]) })
        {
            var metrics = ReplicationMetrics.Of(result, Results.Labels(2));
            accumulator.Add(metrics, metrics);
        }
        return accumulator.Summarize();
    }

    [Fact]
    public void Each_calendar_month_is_the_mean_over_replications_of_the_mean_over_destinations_open_in_it()
    {
        var months = Summarize().Months;
        Assert.Equal(["2021-12", "2022-01"], months.Select(m => m.Month));
        // Month 0: mean 2, s = √0.5, half-width t · s / √2 = t / 2.
        Assert.Equal(2.0, months[0].Deliveries.Mean);
        Assert.Equal(2.0 - T1 / 2, months[0].Deliveries.CiLow!.Value, 9);
        Assert.Equal(2.0 + T1 / 2, months[0].Deliveries.CiHigh!.Value, 9);
        Assert.Equal((2.5, 2.5, 2.5), (months[1].Deliveries.Mean, months[1].Deliveries.CiLow!.Value, months[1].Deliveries.CiHigh!.Value));
        Assert.Equal([0.25, 0.0], months.Select(m => m.NoDeliveryShare));
    }

    [Fact]
    public void Each_destination_month_has_one_observation_per_replication()
    {
        var january = Summarize().Months[0].Destinations;
        Assert.Equal(["d0", "d1"], january.Select(d => d.Name));
        Assert.Equal([0.5, 3.5], january.Select(d => d.Deliveries.Mean));
        Assert.Equal([2L, 2L], january.Select(d => d.Deliveries.N));
        Assert.Equal([0.5, 0.0], january.Select(d => d.NoDeliveryShare));
    }

    [Fact]
    public void Months_csv_has_the_month_over_all_destinations_then_each_destination()
    {
        var outcome = new RunOutcome(2, true, [Summarize()], 200);
        var lines = System.Text.Encoding.UTF8.GetString(MonthsCsv.Serialize(outcome)).Split('\n');
        Assert.Equal(MonthsCsv.Header.TrimEnd('\n'), lines[0]);
        Assert.Equal(["baseline", "2021-12", "all", "2", "0.25"], Fields(lines[1], 0, 1, 2, 3, 6));
        Assert.Equal(2.0 - T1 / 2, double.Parse(Fields(lines[1], 4)[0], CultureInfo.InvariantCulture), 9);
        Assert.Equal(2.0 + T1 / 2, double.Parse(Fields(lines[1], 5)[0], CultureInfo.InvariantCulture), 9);
        Assert.StartsWith("baseline,2021-12,d0,0.5,", lines[2], StringComparison.Ordinal);
        Assert.EndsWith(",0.5", lines[2], StringComparison.Ordinal);
        Assert.Equal("baseline,2022-01,all,2.5,2.5,2.5,0", lines[4]);
        Assert.Equal(["baseline", "2022-01", "d1", "1.5", "0"], Fields(lines[6], 0, 1, 2, 3, 6));
        Assert.Equal(1.5 + T1 / 2, double.Parse(Fields(lines[6], 5)[0], CultureInfo.InvariantCulture), 9);
        Assert.Equal(8, lines.Length); // header, 2 months × (all + 2 destinations), and the empty string after the last '\n'.
    }

    private static string[] Fields(string line, params int[] columns) => columns.Select(c => line.Split(',')[c]).ToArray();

    [Fact]
    public void The_console_shows_each_variant_by_month_within_80_columns()
    {
        var outcome = new RunOutcome(2, true, [Summarize() with { Name = "a variant with a very long name" }], 200);
        var lines = MonthlyLines.Build(outcome).TrimEnd('\n').Split('\n');
        Assert.Equal("mean deliveries per destination by month, 2021-12 to 2022-01", lines[0]);
        Assert.Equal("month" + new string(' ', 13) + "   12   01", lines[1]);
        Assert.Equal("a variant with a… " + "  2.0  2.5", lines[2]);
        Assert.All(lines, l => Assert.True(l.Length <= 80, l));
    }
}
