using System.Text.Json;
using System.Text.RegularExpressions;
using Shortfall.Configuration;
using Shortfall.Configuration.Schema;

namespace Shortfall.Tests.Configuration;

public class JsonSchemaTests
{
    private static readonly string Schema = ScenarioJsonSchema.Generate();

    [Fact]
    public void The_schema_is_draft_2020_12_and_requires_the_core_sections()
    {
        using var document = JsonDocument.Parse(Schema);
        var root = document.RootElement;
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", root.GetProperty("$schema").GetString());
        Assert.Equal(["scenario", "horizon", "power"], root.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(ScenarioSchema.Root.Keys, root.GetProperty("properties").EnumerateObject().Select(p => p.Name));
    }

    [Theory]
    [InlineData("onsong-milk-plant.yaml")]
    [InlineData("kyongwon-technology-office.yaml")]
    public void Every_key_and_value_of_a_sample_scenario_conforms_to_the_schema(string name)
    {
        Assert.Empty(SchemaConformance.Problems(Schema, File.ReadAllText(TestFiles.Scenario(name))));
    }

    [Fact]
    public void The_schema_refuses_unknown_keys_and_malformed_quantities()
    {
        const string yaml = "scenario: {name: t, currency: won}\nhorizon: {start: 2021-01-01, length: 1 months}\n"
            + "power: {capacty: 10 kW}\ncarriers:\n  truck: {count: 1, capacity: 600 L, speed: 30 km, calendar: shift}\n";

        Assert.Equal(
            [
                "power.capacty: is not in the schema",
                @"carriers.truck.speed: '30 km' does not match ^[+-]?[0-9][0-9_]*(\.[0-9]+)?([eE][+-]?[0-9]+)?\s*" +
                    "(m|km)/(s|sec|min|minute|minutes|h|hr|hour|hours|d|day|days|wk|week|weeks)$",
            ],
            SchemaConformance.Problems(Schema, yaml));
    }

    [Fact]
    public void Every_field_has_a_description_and_every_pattern_is_an_ecmascript_regex()
    {
        using var document = JsonDocument.Parse(Schema);
        var nodes = Descendants(document.RootElement).ToList();
        foreach (var properties in nodes.Where(n => n.ValueKind == JsonValueKind.Object && n.TryGetProperty("properties", out _)))
        {
            Assert.All(properties.GetProperty("properties").EnumerateObject(),
                p => Assert.False(string.IsNullOrEmpty(p.Value.GetProperty("description").GetString())));
        }
        var patterns = nodes.Where(n => n.ValueKind == JsonValueKind.Object && n.TryGetProperty("pattern",
            out _)).Select(n => n.GetProperty("pattern").GetString()!).ToList();
        Assert.NotEmpty(patterns);
        Assert.All(patterns, p => _ = new Regex(p, RegexOptions.ECMAScript));
    }

    private static IEnumerable<JsonElement> Descendants(JsonElement element)
    {
        yield return element;
        var children = element.ValueKind switch
        {
            JsonValueKind.Object => element.EnumerateObject().Select(p => p.Value),
            JsonValueKind.Array => element.EnumerateArray(),
            _ => [],
        };
        foreach (var descendant in children.SelectMany(Descendants))
        {
            yield return descendant;
        }
    }
}
