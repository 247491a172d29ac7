using System.Globalization;
using Shortfall.Analysis.Output;
using Shortfall.Analysis.Running;

namespace Shortfall.Tests.Analysis.Output;

public class RunFilesTests
{
    private static readonly FakePlant Plant = new(0.3, Destinations: 2, Months: 3);

    [Fact]
    public void The_csv_files_have_one_row_per_replication_and_variant_and_per_destination_month()
    {
        using var directory = new TemporaryDirectory();
        var plan = Runs.Plan(new FixedReplications(7), 2, Plant.Variant("baseline", Runs.Seed), Plant.Variant("parents, as carriers", Runs.Seed));
        Runs.ToDirectory(plan, directory.Path, TableFormat.Csv);

        var replications = File.ReadAllLines(directory[ReplicationsTable.CsvFileName]);
        Assert.Equal(1 + 7 * 2, replications.Length);
        Assert.StartsWith("replication,variant,deliveries_per_destination_month,", replications[0]);
        Assert.StartsWith("0,baseline,", replications[1]);
        Assert.StartsWith("0,\"parents, as carriers\",", replications[2]);
        Assert.StartsWith("6,\"parents, as carriers\",", replications[^1]);

        var months = File.ReadAllLines(directory[DestinationMonthsTable.CsvFileName]);
        Assert.Equal(1 + 7 * 2 * 2 * 3, months.Length);
        Assert.Equal("replication,variant,destination,month,deliveries,target,met", months[0]);
        var first = Plant.Replicate(Runs.Seed, 0).DestinationMonths[0];
        Assert.Equal($"0,baseline,school 1,2021-11,{first.Deliveries},12,{(first.TargetMet ? 1 : 0)}", months[1]);
        Assert.StartsWith("0,baseline,school 1,2022-01,", months[3]);
    }

    [Fact]
    public void Doubles_in_the_replications_file_read_back_as_the_same_bits()
    {
        using var directory = new TemporaryDirectory();
        var plant = Plant with { Destinations = 3 };
        Runs.ToDirectory(Runs.Plan(new FixedReplications(20), 1, plant.Variant("baseline", Runs.Seed)), directory.Path, TableFormat.Csv);
        var rows = File.ReadAllLines(directory[ReplicationsTable.CsvFileName]).Skip(1).ToArray();
        for (var k = 0; k < rows.Length; k++)
        {
            var r = plant.Replicate(Runs.Seed, k);
            var expected = r.DestinationMonths.Sum(m => m.Deliveries) / (double)r.DestinationMonths.Count;
            Assert.Equal(expected, double.Parse(rows[k].Split(',')[2], CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void A_failed_run_leaves_no_file_behind_and_an_earlier_run_intact()
    {
        using var directory = new TemporaryDirectory();
        Runs.ToDirectory(Runs.Plan(new FixedReplications(3), 1, Plant.Variant("baseline", Runs.Seed)), directory.Path);
        var before = directory.Files().ToDictionary(f => f, f => File.ReadAllBytes(directory[f]));

        var failing = Plant.Variant("baseline", Runs.Seed) with { Replicate = k => k < 30 ? Plant.Replicate(Runs.Seed,
            k) : throw new IOException("disk on fire") };
        Assert.Throws<ReplicationFailedException>(() => Runs.ToDirectory(Runs.Plan(new FixedReplications(50), 2, failing), directory.Path));

        Assert.Equal(before.Keys.Order(), directory.Files());
        foreach (var (name, bytes) in before)
        {
            Assert.Equal(bytes, File.ReadAllBytes(directory[name]));
        }
    }

    [Fact]
    public void A_successful_run_leaves_exactly_its_files_and_its_manifest()
    {
        using var directory = new TemporaryDirectory();
        Runs.ToDirectory(Runs.Plan(new FixedReplications(3), 2, Plant.Variant("baseline", Runs.Seed)), directory.Path);
        Assert.Equal([DestinationMonthsTable.ParquetFileName, DistributionsJson.FileName, ResultsDirectory.ManifestName, MonthsCsv.FileName,
            ReplicationsTable.ParquetFileName, SummaryJson.FileName],
            directory.Files());
    }
}
