using System.Text;
using Shortfall.Configuration;
using Shortfall.Configuration.Schema;

namespace Shortfall.Tests.Configuration;

/// <summary>FORMAT.md stays true: its field reference is the generated one, and its example loads.</summary>
public class FormatDocumentTests
{
    private static readonly string FormatFile = Path.Combine(TestFiles.RepositoryRoot(), "Simulation", "Configuration", "FORMAT.md");

    [Fact]
    public void Format_md_holds_the_field_reference_generated_from_the_schema()
    {
        var text = File.ReadAllText(FormatFile).ReplaceLineEndings("\n");
        var begin = text.IndexOf(FormatReference.Begin, StringComparison.Ordinal);
        var end = text.IndexOf(FormatReference.End, StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, "FORMAT.md lacks the field reference markers");

        var expected = FormatReference.Markdown();
        var actual = text[begin..(end + FormatReference.End.Length + 1)];
        if (actual != expected)
        {
            // Written next to the test assembly so the new reference can be pasted into FORMAT.md.
            var generated = Path.Combine(AppContext.BaseDirectory, "FORMAT.reference.md");
            File.WriteAllText(generated, expected);
            Assert.Fail($"FORMAT.md's field reference is out of date; the current one is in {generated}");
        }
    }

    [Fact]
    public void The_reference_has_a_table_for_every_object_of_the_format()
    {
        var reference = FormatReference.Markdown();
        foreach (var name in new[] { "scenario-file", "carrier", "destination-defaults", "recipe", "season", "variant" })
        {
            Assert.Contains($"\n### {name}\n", reference);
        }
        Assert.Contains("| `capacity` | quantity > 0 in the item's unit | required |", reference);
    }

    [Fact]
    public void The_small_example_in_format_md_loads()
    {
        var text = File.ReadAllText(FormatFile).ReplaceLineEndings("\n");
        var start = text.IndexOf("```yaml\n", StringComparison.Ordinal) + "```yaml\n".Length;
        var example = text[start..text.IndexOf("```", start, StringComparison.Ordinal)];

        var file = ScenarioLoader.Load(Encoding.UTF8.GetBytes(example), "FORMAT.md");

        Assert.Equal("Small plant", file.Baseline.Name);
        Assert.Equal(
            [new DateOnly(2021, 1, 15), new DateOnly(2021, 4, 15), new DateOnly(2021, 7, 15), new DateOnly(2021, 10, 15)],
            file.Baseline.Allocations.Select(a => a.Planned));
        Assert.All(file.Baseline.Allocations, a => Assert.Equal(2000, a.Quantity));
        Assert.Equal(50, file.Baseline.Destinations[1].MinimumQuantity);
        Assert.Equal(2, file.Variants.Single().Scenario.Carriers[0].Count);
    }
}
