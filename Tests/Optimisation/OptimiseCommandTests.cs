using System.Text.Json;
using Shortfall.Analysis.Optimisation;
using Shortfall.Analysis.Output;
using Shortfall.Tests.Analysis;
using Shortfall.Tests.Analysis.Commands;
using Shortfall.Tests.Configuration;

namespace Shortfall.Tests.Optimisation;

public sealed class OptimiseCommandTests
{
    // 2,500,000 won buys at most two of the cheap remedies, so few portfolios fit; a small first stage and cap keep the
    // Onsong replications few.
    private static readonly string[] Small = ["--budget", "2500000 won", "--first-stage", "3", "--max-replications", "6", "--quiet"];

    [Fact]
    public void An_optimisation_writes_every_portfolio_within_budget_and_a_pick_that_fits_it()
    {
        using var directory = new TemporaryDirectory();
        var (exit, _, error) = Cli.Run(["optimise", Cli.Onsong, .. Small, "--out", directory.Path]);
        Assert.True(exit == 0, error);
        Assert.Equal(
            [ResultsDirectory.ManifestName, "optimise-cost-effect.png", "optimise-cost-effect.svg", "optimise.html", OptimisationFiles.JsonFileName,
                OptimisationFiles.CsvFileName],
            directory.Files());
        var manifest = ManifestFile.TryRead(directory[ResultsDirectory.ManifestName])!;
        Assert.Equal(directory.Files().Where(f => f != ResultsDirectory.ManifestName), manifest.Files.Select(f => f.Name));
        Assert.Equal("optimise", Assert.Single(manifest.Runs).Command);
        var json = JsonDocument.Parse(File.ReadAllBytes(directory[OptimisationFiles.JsonFileName])).RootElement;
        var within = json.GetProperty("portfolios_within_budget").GetInt32();
        var portfolios = json.GetProperty("portfolios").EnumerateArray().ToList();
        Assert.Equal(within, portfolios.Count);
        Assert.All(portfolios, p => Assert.True(p.GetProperty("cost").GetDouble() <= 2_500_000));
        Assert.Single(portfolios, p => p.GetProperty("outcome").GetString() == "chosen");
        Assert.True(json.GetProperty("chosen").GetProperty("cost").GetDouble() <= 2_500_000);
        Assert.Equal(within + 1, File.ReadAllLines(directory[OptimisationFiles.CsvFileName]).Length);
        var chosen = json.GetProperty("chosen").GetProperty("portfolio").GetString()!;
        Assert.Contains($"pick: {chosen}", File.ReadAllText(directory["optimise-cost-effect.svg"]));
        Assert.Contains(chosen, File.ReadAllText(directory["optimise.html"]));
        Assert.Equal(json.GetProperty("replications").GetInt64(),
            portfolios.Sum(p => p.GetProperty("replications").GetInt64()) + ExtraBaseline(json, portfolios));
    }

    [Fact]
    public void The_same_seed_gives_the_same_bytes_whatever_the_threads()
    {
        using var one = new TemporaryDirectory();
        using var two = new TemporaryDirectory();
        Assert.Equal(0, Cli.Run(["optimise", Cli.Onsong, .. Small, "--threads", "1", "--out", one.Path]).Exit);
        Assert.Equal(0, Cli.Run(["optimise", Cli.Onsong, .. Small, "--threads", "2", "--out", two.Path]).Exit);
        Assert.Equal(File.ReadAllBytes(one[OptimisationFiles.JsonFileName]), File.ReadAllBytes(two[OptimisationFiles.JsonFileName]));
        Assert.Equal(File.ReadAllBytes(one[OptimisationFiles.CsvFileName]), File.ReadAllBytes(two[OptimisationFiles.CsvFileName]));
    }

    [Theory]
    [InlineData("2500000 USD", "costs are in won")]
    [InlineData("2500000", "expected an amount in won")]
    [InlineData("lots", "expected an amount in won")]
    public void A_bad_budget_exits_2_and_writes_nothing(string budget, string message)
    {
        using var directory = new TemporaryDirectory();
        var output = directory["out"];
        var (exit, _, error) = Cli.Run("optimise", Cli.Onsong, "--budget", budget, "--out", output);
        Assert.Equal(2, exit);
        Assert.Contains(message, error);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void An_objective_without_a_default_indifference_asks_for_one()
    {
        var (exit, _, error) = Cli.Run("optimise", Cli.Onsong, "--budget", "1 won", "--objective", "spoiled");
        Assert.Equal(2, exit);
        Assert.Contains("--indifference is required with --objective spoiled", error);
    }

    [Fact]
    public void A_scenario_without_remedies_is_refused()
    {
        using var directory = new TemporaryDirectory();
        var text = File.ReadAllText(Cli.Onsong);
        var start = text.IndexOf("\nremedies:\n", StringComparison.Ordinal) + 1;
        var end = text.IndexOf("\nvariants:\n", StringComparison.Ordinal) + 1;
        File.WriteAllText(directory["plain.yaml"], text[..start] + text[end..]);
        var (exit, _, error) = Cli.Run("optimise", directory["plain.yaml"], "--budget", "1 won");
        Assert.Equal(2, exit);
        Assert.Contains("has no remedies: section", error);
    }

    [Fact]
    public void Kyongwons_remedies_load_with_the_costs_of_its_variants()
    {
        var file = Shortfall.Configuration.ScenarioLoader.Load(TestFiles.Scenario("kyongwon-technology-office.yaml"));
        var computers = file.Remedies.Single(r => r.Name == "computers");
        Assert.Equal(file.Variants.Single(v => v.Name == "ten-computers").Cost, computers.Cost * 10);
        Assert.Equal(file.Variants.Single(v => v.Name == "office-power").Cost, file.Remedies.Single(r => r.Name == "office-power").Cost);
    }

    [Fact]
    public void With_a_posterior_optimise_json_and_html_say_how_often_each_finalist_is_best_and_the_shares_sum_to_one()
    {
        using var directory = new TemporaryDirectory();
        var kyongwon = TestFiles.Scenario("kyongwon-technology-office.yaml");
        Assert.Equal(0, Cli.Run("calibrate", kyongwon, "--particles", "4", "--generations", "1", "--quiet", "--out", directory["calibration"]).Exit);

        var (exit, _, error) = Cli.Run("optimise", kyongwon, "--budget", "800000 won", "--objective", "sessions_served", "--indifference", "50",
            "--first-stage", "3", "--max-replications", "4", "--posterior", directory["calibration"], "--replications-per-set", "1", "--out", directory["out"]);

        Assert.True(exit == 0, error);
        var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory["out"], OptimisationFiles.JsonFileName))).RootElement;
        var posterior = json.GetProperty("posterior");
        Assert.Equal(4, posterior.GetProperty("sets").GetInt32());
        var finalists = json.GetProperty("portfolios").EnumerateArray().Where(p => p.GetProperty("outcome").GetString() != "screened out").ToList();
        Assert.Equal(1, finalists.Sum(p => p.GetProperty("best_share").GetDouble()), 12);
        Assert.Equal(4L * finalists.Count, posterior.GetProperty("replications").GetInt64());
        Assert.Contains("best across the posterior", File.ReadAllText(Path.Combine(directory["out"], "optimise.html")));
    }

    [Fact]
    public void A_posterior_that_does_not_exist_exits_2_and_writes_nothing()
    {
        using var directory = new TemporaryDirectory();
        var (exit, _, error) = Cli.Run("optimise", Cli.Onsong, "--budget", "2500000 won", "--posterior", directory["none"], "--out", directory["out"]);
        Assert.Equal(2, exit);
        Assert.Contains("--posterior", error);
        Assert.False(Directory.Exists(directory["out"]));
    }

    // The baseline's replications run only for the effect, beyond those it had as a finalist.
    private static long ExtraBaseline(JsonElement json, List<JsonElement> portfolios)
    {
        var paired = json.GetProperty("chosen").GetProperty("effect_vs_baseline").GetProperty("n").GetInt64();
        var baseline = portfolios.Single(p => p.GetProperty("portfolio").GetString() == "baseline");
        return Math.Max(0, paired - baseline.GetProperty("objective").GetProperty("n").GetInt64());
    }
}
