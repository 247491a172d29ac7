using System.Text.Json.Nodes;
using Shortfall.Analysis.Commands;
using Shortfall.Analysis.Reports;
using Shortfall.Tests.Analysis;
using Shortfall.Tests.Analysis.Commands;

namespace Shortfall.Tests.Reports;

/// <summary><c>shortfall plot DIR</c> on a directory that is missing or holds a broken file: exit 2, a message naming the file, and nothing written.</summary>
public class PlotCommandTests
{
    public static TheoryData<string, string, string> Broken() => new()
    {
        // case, file that is broken ("" to delete all), what the message must say
        { "summary not json", "summary.json", "summary.json: is not valid JSON" },
        { "summary lacks a field", "summary.json", "summary.json: 'variants[1].headline.ci_low' is missing" },
        { "summary field of the wrong kind", "summary.json", "summary.json: 'seed' has a value of the wrong kind" },
        { "replications missing", "replications.csv", "replications.csv: is missing, though manifest.json lists it" },
        { "manifest missing", "manifest.json", "manifest.json: is missing, so the directory holds no complete results" },
        { "replications from another run", "replications.csv", "replications.csv: differs from the SHA-256 manifest.json records" },
        { "destination-months cut short", "destination-months.csv", "bytes where manifest.json records" },
        { "replications short", "replications.csv", "replications.csv: has 1 rows for 'remedy' where summary.json records 2 replications" },
        { "replications out of order", "replications.csv", "replications.csv: line 3: replication 1 of 'remedy' where 0 was expected" },
        { "destination-months bad number", "destination-months.csv", "destination-months.csv: line 3: 'x' is not a number" },
        { "destination-months unknown variant", "destination-months.csv", "destination-months.csv: line 2: variant 'other' is not in summary.json" },
        { "destination-months lacks a column", "destination-months.csv", "destination-months.csv: line 1: the header lacks the column target" },
        { "no results at all", "", "holds neither summary.json (from 'shortfall run') nor sweep.json (from 'shortfall sweep')" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_broken_results_directory_is_bad_input_that_names_the_file_and_writes_nothing(string broken, string file, string message)
    {
        using var directory = new TemporaryDirectory();
        HandMadeResults.Write(directory.Path);
        Sealed.Seal(directory.Path);
        Break(directory, broken);
        if (!Unsealed.Contains(broken))
        {
            // A set whose manifest vouches for the broken file: the file's own checks must catch it.
            Sealed.Seal(directory.Path);
        }

        var before = ReportPage.Snapshot(directory.Path);

        var (exit, output, error) = Cli.Run("plot", directory.Path);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Equal("", output);
        Assert.Contains(message, error);
        Assert.Contains(file.Length > 0 ? Path.Combine(directory.Path, file) : directory.Path, error);
        Assert.Equal(before.Keys.Order(), ReportPage.Snapshot(directory.Path).Keys.Order());
        Assert.False(Directory.Exists(directory[ReportCharts.Folder]));
    }

    [Fact]
    public void A_directory_that_does_not_exist_is_bad_input()
    {
        using var directory = new TemporaryDirectory();
        var missing = directory["nowhere"];
        var (exit, _, error) = Cli.Run("plot", missing);
        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Equal($"shortfall: {missing}: is not a directory\n", error.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.False(Directory.Exists(missing));
    }

    // Cases of a set that is incomplete or mixed after its manifest was written, as a stopped or second writer leaves it.
    private static readonly string[] Unsealed = ["replications missing", "manifest missing", "replications from another run", "destination-months cut short"];

    private static void Break(TemporaryDirectory directory, string broken)
    {
        var summary = directory["summary.json"];
        var replications = directory["replications.csv"];
        var months = directory["destination-months.csv"];
        switch (broken)
        {
            case "summary not json":
                File.WriteAllText(summary, "{ \"scenario\": ");
                break;
            case "summary lacks a field":
                Edit(summary, root => root["variants"]![1]!["headline"]!.AsObject().Remove("ci_low"));
                break;
            case "summary field of the wrong kind":
                Edit(summary, root => root["seed"] = "three");
                break;
            case "replications missing":
                File.Delete(replications);
                break;
            case "manifest missing":
                File.Delete(directory["manifest.json"]);
                break;
            case "replications from another run":
                // The same length, another last value: only the hash tells.
                var text = File.ReadAllText(replications);
                File.WriteAllText(replications, text[..^2] + (text[^2] == '1' ? '2' : '1') + "\n");
                break;
            case "destination-months cut short":
                File.WriteAllLines(months, File.ReadAllLines(months)[..^1]);
                break;
            case "replications short":
                File.WriteAllLines(replications, File.ReadAllLines(replications)[..^1]);
                break;
            case "replications out of order":
                var lines = File.ReadAllLines(replications);
                (lines[2], lines[4]) = (lines[4], lines[2]);
                File.WriteAllLines(replications, lines);
                break;
            case "destination-months bad number":
                File.WriteAllText(months, File.ReadAllText(months).Replace("0,baseline,school,2021-02,2,22,0", "0,baseline,school,2021-02,2,x,0",
                    StringComparison.Ordinal));
                break;
            case "destination-months unknown variant":
                File.WriteAllText(months, File.ReadAllText(months).Replace("0,baseline,school,2021-01", "0,other,school,2021-01", StringComparison.Ordinal));
                break;
            case "destination-months lacks a column":
                File.WriteAllText(months, File.ReadAllText(months).Replace(",target,", ",goal,", StringComparison.Ordinal));
                break;
            case "no results at all":
                foreach (var f in new[] { summary, replications, months })
                {
                    File.Delete(f);
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(broken), broken, null);
        }
    }

    private static void Edit(string path, Action<JsonNode> change)
    {
        var root = JsonNode.Parse(File.ReadAllText(path))!;
        change(root);
        File.WriteAllText(path, root.ToJsonString());
    }
}
