using System.Diagnostics;
using System.Text;
using Shortfall.Configuration;
using Shortfall.Tests.Analysis;
using Shortfall.Tests.Analysis.Commands;

namespace Shortfall.Tests.Configuration;

/// <summary>
/// Small files crafted to take the machine down (deep nesting, aliases of aliases, a huge aliased value, a count that sizes an
/// array) are refused by 'validate' with exit 2, a short message naming file:line:col, and well within a second.
/// </summary>
public class HostileFileTests
{
    private static readonly string Base = string.Join('\n', File.ReadLines(TestFiles.Malformed("count-negative.yaml")).TakeWhile(l => !l.StartsWith('#')))
        .Replace("count: -1", "count: 1", StringComparison.Ordinal);

    public static TheoryData<string, string> Cases => new()
    {
        { "scenario: " + new string('[', 20_000) + new string(']', 20_000) + "\n", ":1:74: scenario[0][0]" },
        { "x: &a \"" + new string('x', 1_000_000) + "\"\n" + Base.Replace("count: 1", "count: *a", StringComparison.Ordinal),
            ":1:4: x: a value of 1000000 characters; values are limited to 10000" },
        { Laughs(), ": the file holds more than 100000 values (counting each use of an alias)" },
        { Base.Replace("count: 1", "count: 2000000000", StringComparison.Ordinal), ":20:18: carriers.truck.count: must be at most 10000, got '2000000000'" },
        { Base + string.Concat(Enumerable.Range(0, 200).Select(i => $"\nk{i}{new string('9', 1000)}: 1")),
            ": and 100 more problems not shown; fix the ones above first" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_hostile_file_is_refused_quickly_with_exit_2_and_a_bounded_message(string content, string expected)
    {
        using var directory = new TemporaryDirectory();
        var path = directory["hostile.yaml"];
        File.WriteAllText(path, content);
        File.WriteAllText(directory["valid.yaml"], Base);
        Assert.Equal(0, Cli.Run("validate", directory["valid.yaml"]).Exit); // so that the clock below times the file, not the JIT

        var clock = Stopwatch.StartNew();
        var (exit, output, error) = Cli.Run("validate", path);
        clock.Stop();

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.StartsWith(path + ":", error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.True(error.Length < 64_000, $"{error.Length} characters of messages");
        // Each takes 0.1–0.3 s of CPU; the bound leaves room for a busy machine and still catches what these files did before
        // (a stack overflow, minutes of CPU, gigabytes of memory).
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_it_is_parsed()
    {
        var content = Encoding.UTF8.GetBytes("# " + new string('x', 5 << 20) + "\n");
        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(content, "big.yaml"));
        Assert.Equal($"big.yaml: the file has {content.Length} bytes; a scenario file may have at most 4194304 (a real one has a few thousand)",
            Assert.Single(exception.Diagnostics).ToString());
    }

    [Fact]
    public void A_quoted_value_in_a_message_is_cut_and_its_control_characters_shown_as_escapes()
    {
        var name = "\u202E" + new string('a', 5000);
        var content = Base.Replace("{name: t,", $"{{name: \"{name}\",", StringComparison.Ordinal).Replace("count: 1", $"count: '{name}'",
            StringComparison.Ordinal);
        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(Encoding.UTF8.GetBytes(content), "f.yaml"));
        Assert.Equal(
            [
                "f.yaml:1:18: scenario.name: the text has 5001 characters; at most 200 are allowed",
                $"f.yaml:20:18: carriers.truck.count: expected a whole number from 0 to 10000, got '\\u202E{new string('a', 79)}…' (5001 characters)",
            ],
            exception.Diagnostics.Select(d => d.ToString()));
    }

    // Ten lists of ten aliases of the list before: a billion values from ten lines.
    private static string Laughs()
    {
        var lines = new StringBuilder("l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 10; i++)
        {
            lines.Append($"l{i}: &l{i} [").AppendJoin(", ", Enumerable.Repeat($"*l{i - 1}", 10)).Append("]\n");
        }
        return lines.Append("scenario: *l9\n").ToString();
    }
}
