using System.Text;
using Shortfall.Analysis.Charts;

namespace Shortfall.Analysis.Reports;

/// <summary>
/// Writes the report's markup: every text goes through <see cref="MarkupText.Escape"/>, elements are
/// XHTML-compatible (void elements closed with "/>"), and lines end in "\n", so the same input gives
/// the same bytes and the page also parses as XML.
/// </summary>
internal sealed class Html
{
    // What a cell shows when it has no value.
    private const string Nothing = "–";

    private readonly StringBuilder _text = new();

    /// <summary>Appends markup as it is (already escaped or built here).</summary>
    public Html Raw(string markup)
    {
        _text.Append(markup);
        return this;
    }

    /// <summary>Appends <c>&lt;tag class="…"&gt;text&lt;/tag&gt;</c> and a line break; the text is escaped.</summary>
    public Html Element(string tag, string text, string? cssClass = null) =>
        Raw($"<{tag}{Class(cssClass)}>{MarkupText.Escape(text)}</{tag}>\n");

    /// <summary>Opens <c>&lt;tag class="…"&gt;</c> on its own line.</summary>
    public Html Open(string tag, string? cssClass = null) => Raw($"<{tag}{Class(cssClass)}>\n");

    /// <summary>Closes <c>&lt;/tag&gt;</c>.</summary>
    public Html Close(string tag) => Raw($"</{tag}>\n");

    /// <summary>A table: a header row, then rows of cells; each cell is escaped text with its class. A column with nothing to show ("–" in
    /// every row, such as costs in a run without remedies) is left out.</summary>
    public Html Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<TableCell>> rows, string? caption = null)
    {
        var body = rows.ToArray();
        var shown = Enumerable.Range(0, header.Count).Where(c => body.Length == 0 || body.Any(row => row[c].Text != Nothing)).ToArray();
        header = shown.Select(c => header[c]).ToArray();
        Open("table");
        if (caption is not null)
        {
            Element("caption", caption);
        }

        Raw("<thead><tr>");
        foreach (var column in header)
        {
            Raw($"<th>{MarkupText.Escape(column)}</th>");
        }

        Raw("</tr></thead>\n<tbody>\n");
        foreach (var row in body)
        {
            Raw("<tr>");
            foreach (var cell in shown.Select(c => row[c]))
            {
                Raw($"<td{Class(cell.CssClass)}>{MarkupText.Escape(cell.Text)}</td>");
            }

            Raw("</tr>\n");
        }
        Raw("</tbody>\n");
        return Close("table");
    }

    /// <inheritdoc/>
    public override string ToString() => _text.ToString();

    private static string Class(string? cssClass) => cssClass is null ? "" : $" class=\"{MarkupText.Escape(cssClass)}\"";
}
