using System.Text;
using System.Text.Json;
using Parquet;
using Parquet.Schema;
using Shortfall.Analysis.Output;
using Shortfall.Analysis.Running;

namespace Shortfall.Tests.Analysis.Output;

/// <summary>The Parquet tables hold exactly what the CSV tables hold, typed, and name the run they belong to.</summary>
public class ParquetTablesTests
{
    private static readonly FakePlant Plant = new(0.3, Destinations: 2, Months: 3);

    [Fact]
    public async Task Each_parquet_table_read_back_is_the_csv_table_cell_for_cell_and_names_its_run()
    {
        using var csv = new TemporaryDirectory();
        using var parquet = new TemporaryDirectory();
        RunPlan Plan() => Runs.Plan(new FixedReplications(9), 2, Plant.Variant("baseline", Runs.Seed), Plant.Variant("parents, \"as\" carriers", Runs.Seed));
        Runs.ToDirectory(Plan(), csv.Path, TableFormat.Csv);
        Runs.ToDirectory(Plan(), parquet.Path);
        var manifest = JsonDocument.Parse(File.ReadAllBytes(parquet[ResultsDirectory.ManifestName])).RootElement;
        var run = manifest.GetProperty("runs")[0].GetProperty("id").GetString();

        foreach (var (csvName, parquetName) in new[]
        {
            (ReplicationsTable.CsvFileName, ReplicationsTable.ParquetFileName),
            (DestinationMonthsTable.CsvFileName, DestinationMonthsTable.ParquetFileName),
        })
        {
            var (lines, metadata) = await AsCsv(parquet[parquetName]);
            Assert.Equal(File.ReadAllLines(csv[csvName]), lines);
            Assert.Equal(run, metadata["shortfall.run"]);
            Assert.Equal(Runs.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture), metadata["shortfall.seed"]);
        }
        // The other files do not depend on the format.
        foreach (var name in new[] { SummaryJson.FileName, DistributionsJson.FileName, MonthsCsv.FileName })
        {
            Assert.Equal(File.ReadAllBytes(csv[name]), File.ReadAllBytes(parquet[name]));
        }
    }

    [Fact]
    public void A_row_group_holds_the_most_rows_whose_values_fit_its_budget()
    {
        for (var columns = 1; columns <= 1_000; columns++)
        {
            var rows = ParquetTableWriter<int>.RowGroupRows(columns);
            Assert.True(int.IsPow2(rows) && rows <= ParquetTableWriter<int>.MaximumRowGroupRows, $"{rows} rows for {columns} columns");
            Assert.True((long)rows * columns <= ParquetTableWriter<int>.RowGroupCells || rows == 1, $"{rows} rows of {columns} columns");
            Assert.True(rows == ParquetTableWriter<int>.MaximumRowGroupRows || 2L * rows * columns > ParquetTableWriter<int>.RowGroupCells,
                $"{rows} rows of {columns} columns: twice as many would fit");
        }
    }

    [Fact]
    public async Task The_wide_replications_table_is_split_into_row_groups_sooner_than_the_narrow_one_and_reads_back_whole()
    {
        var plant = new FakePlant(0.3, Destinations: 1, Months: 1, Days: 2);
        var groupRows = ParquetTableWriter<int>.RowGroupRows(ReplicationsTable.Table.Columns.Count);
        Assert.True(groupRows < ParquetTableWriter<int>.MaximumRowGroupRows);
        var replications = groupRows + 5;
        using var csv = new TemporaryDirectory();
        using var parquet = new TemporaryDirectory();
        RunPlan Plan() => Runs.Plan(new FixedReplications(replications), 2, plant.Variant("baseline", Runs.Seed));
        Runs.ToDirectory(Plan(), csv.Path, TableFormat.Csv);
        Runs.ToDirectory(Plan(), parquet.Path);

        Assert.Equal(new long[] { groupRows, 5 }, await GroupRows(parquet[ReplicationsTable.ParquetFileName]));
        Assert.Equal(new long[] { replications }, await GroupRows(parquet[DestinationMonthsTable.ParquetFileName]));
        Assert.Equal(File.ReadAllLines(csv[ReplicationsTable.CsvFileName]), (await AsCsv(parquet[ReplicationsTable.ParquetFileName])).Lines);
    }

    private static async Task<long[]> GroupRows(string path)
    {
        await using var stream = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream);
        return Enumerable.Range(0, reader.RowGroupCount).Select(g =>
        {
            using var group = reader.OpenRowGroupReader(g);
            return group.RowCount;
        }).ToArray();
    }

    // The file's rows as CSV lines, each cell as the CSV writer formats it (Csv.Number, Csv.Text, empty for a missing number).
    private static async Task<(List<string> Lines, Dictionary<string, string> Metadata)> AsCsv(string path)
    {
        await using var stream = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream);
        var fields = reader.Schema.DataFields;
        var lines = new List<string> { string.Join(',', fields.Select(f => f.Name)) };
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var count = (int)group.RowCount;
            var columns = new List<string[]>();
            foreach (var field in fields)
            {
                columns.Add(await Cells(group, field, count));
            }
            for (var r = 0; r < count; r++)
            {
                lines.Add(string.Join(',', columns.Select(c => c[r])));
            }
        }
        return (lines, reader.CustomMetadata);
    }

    private static async Task<string[]> Cells(ParquetRowGroupReader group, DataField field, int count)
    {
        if (field.ClrType == typeof(long))
        {
            var values = new long[count];
            await group.ReadAsync<long>(field, values);
            return values.Select(Csv.Number).ToArray();
        }
        if (field.ClrType == typeof(double))
        {
            Assert.True(field.IsNullable);
            var values = new double?[count];
            await group.ReadAsync<double>(field, values);
            return values.Select(v => v is { } x ? Csv.Number(x) : "").ToArray();
        }
        // Parquet.Net gives a text column as ReadOnlyMemory<char> unless asked for strings.
        Assert.Contains(field.ClrType, new[] { typeof(string), typeof(ReadOnlyMemory<char>) });
        var text = new string[count];
        await group.ReadAsync(field, text);
        return text.Select(Csv.Text).ToArray();
    }
}
