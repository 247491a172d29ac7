using Shortfall.Configuration;

namespace Shortfall.Tests.Configuration;

/// <summary>
/// Each file under Configuration/Malformed/ and Calibration/Malformed/ ends with the exact diagnostics the loader must report for it, one
/// "# expect: line:col: path: message" comment each, in order.
/// </summary>
public class MalformedScenarioTests
{
    private const string Expect = "# expect: ";

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var folder in new[] { "Configuration", "Calibration" })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, folder, "Malformed"), "*.yaml").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(AppContext.BaseDirectory, file));
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void A_malformed_file_reports_exactly_its_expected_diagnostics(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, name);
        var expected = File.ReadLines(path).Where(l => l.StartsWith(Expect, StringComparison.Ordinal)).Select(l => l[Expect.Length..]).ToList();
        Assert.NotEmpty(expected);

        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path));

        Assert.Equal(expected, exception.Diagnostics.Select(Format).ToList());
        Assert.All(exception.Diagnostics, d => Assert.Equal(path, d.File));
    }

    [Fact]
    public void There_are_at_least_thirty_malformed_files()
    {
        Assert.True(Files().Count >= 30, $"only {Files().Count} malformed files");
    }

    private static string Format(Diagnostic d) => $"{d.Line}:{d.Column}: " + (d.Path.Length > 0 ? $"{d.Path}: " : "") + d.Message;
}
