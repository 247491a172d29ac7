using System.Text;

namespace Shortfall.Configuration.Schema;

/// <summary>
/// The field reference of FORMAT.md, generated from <see cref="ScenarioSchema"/>: one table per object,
/// in the order the objects first appear in the file. A test keeps FORMAT.md equal to it.
/// </summary>
internal static class FormatReference
{
    public const string Begin = "<!-- field reference: generated from ScenarioSchema, do not edit by hand -->";
    public const string End = "<!-- end of field reference -->";

    public static string Markdown()
    {
        var text = new StringBuilder();
        text.Append(Begin).Append('\n');
        foreach (var shape in Objects(ScenarioSchema.Root, []))
        {
            text.Append('\n').Append($"### {shape.Name}\n\n{shape.Description}\n\n");
            text.Append("| key | type | presence | meaning | example |\n|---|---|---|---|---|\n");
            foreach (var field in shape.Fields)
            {
                text.Append($"| `{field.Name}` | {Cell(field.Shape.Summary)} | {Cell(field.Presence)} | {Cell(field.Description)} | {Example(field)} |\n");
            }
        }
        text.Append('\n').Append(End).Append('\n');
        return text.ToString();
    }

    /// <summary>Every object shape reachable from <paramref name="shape"/>, each once, depth first.</summary>
    private static List<ObjectShape> Objects(Shape shape, List<ObjectShape> found)
    {
        switch (shape)
        {
            case ObjectShape o when !found.Contains(o):
                found.Add(o);
                foreach (var field in o.Fields)
                {
                    Objects(field.Shape, found);
                }
                break;
            case ListShape l:
                Objects(l.Items, found);
                break;
            case MapShape m:
                Objects(m.Values, found);
                break;
        }
        return found;
    }

    private static string Cell(string text) => text.Replace("|", "\\|");

    /// <summary>The example in code style, or for an object-valued field a link to the object's table.</summary>
    private static string Example(Field field) => field.Example.Length > 0
        ? $"`{Cell(field.Example)}`"
        : Objects(field.Shape, []).FirstOrDefault() is { } target ? $"see [{target.Name}](#{target.Name})" : "";
}
