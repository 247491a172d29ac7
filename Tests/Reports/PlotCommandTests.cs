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
        { "distributions missing", "distributions.json", "distributions.json: is missing, though manifest.json lists it" },
        { "distributions of another count", "distributions.json", "distributions.json: records 3 replications where summary.json records 2" },
        { "distributions out of order", "distributions.json", "distributions.json: the replication means of 'remedy': entry 1 (2.5: 1) is not" },
        { "distributions running mean short", "distributions.json", "the running mean of 'baseline' does not count up to its 2 replication means" },
        { "distributions field of the wrong kind", "distributions.json", "distributions.json: 'variants[0].targets[0].value' has a value of the wrong kind" },
        { "distributions unknown variant", "distributions.json", "distributions.json: has the variants other, remedy where summary.json has baseline, remedy" },
        { "distributions lacks a field", "distributions.json", "distributions.json: 'variants[1].running_mean' is missing" },
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
    private static readonly string[] Unsealed = ["replications missing", "distributions missing",
        "manifest missing", "replications from another run", "destination-months cut short"];

    private static void Break(TemporaryDirectory directory, string broken)
    {
        var summary = directory["summary.json"];
        var replications = directory["replications.csv"];
        var months = directory["destination-months.csv"];
        var distributions = directory["distributions.json"];
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
            case "distributions missing":
                File.Delete(distributions);
                break;
            case "distributions of another count":
                Edit(distributions, root => root["replications"] = 3);
                break;
            case "distributions out of order":
                Edit(distributions, root => root["variants"]![1]!["replication_means"]![1]!["value"] = 2.5);
                break;
            case "distributions running mean short":
                Edit(distributions, root => root["variants"]![0]!["running_mean"]!.AsArray().RemoveAt(1));
                break;
            case "distributions field of the wrong kind":
                Edit(distributions, root => root["variants"]![0]!["targets"]![0]!["value"] = "x");
                break;
            case "distributions unknown variant":
                Edit(distributions, root => root["variants"]![0]!["name"] = "other");
                break;
            case "distributions lacks a field":
                Edit(distributions, root => root["variants"]![1]!.AsObject().Remove("running_mean"));
                break;
            case "no results at all":
                foreach (var f in new[] { summary, replications, months, distributions })
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
