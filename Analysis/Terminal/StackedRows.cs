using System.Text;

namespace Shortfall.Analysis.Terminal;

/// <summary>
/// Plain console lines that read at 80 columns and wider: a heading wrapped between words, then one row per
/// variant whose name fills a fixed column and whose cells follow, three spaces apart; a cell that would pass
/// <see cref="Width"/> starts a continuation line under the first cell, so nothing is ever cut inside a number
/// or a name. A name longer than its column stands on a line of its own.
/// </summary>
internal sealed class StackedRows
{
    /// <summary>The widest line written.</summary>
    public const int Width = 78;

    private const int NameWidth = 20;
    private const string Gap = "   ";
    private readonly StringBuilder _text = new();

    /// <summary>A heading, wrapped between words.</summary>
    public StackedRows Heading(string text)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > Width)
            {
                _text.Append(line).Append('\n');
                line.Clear();
            }
            line.Append(line.Length > 0 ? " " : "").Append(word);
        }
        _text.Append(line).Append('\n');
        return this;
    }

    /// <summary>A row: <paramref name="name"/> (empty for a continuation of the previous row) and its cells; empty cells are left out.</summary>
    public StackedRows Row(string name, params string[] cells)
    {
        var line = new StringBuilder();
        if (name.Length > NameWidth)
        {
            _text.Append("  ").Append(name).Append('\n');
            name = "";
        }
        line.Append("  ").Append(name.PadRight(NameWidth));
        var first = true;
        foreach (var cell in cells.Where(c => c.Length > 0))
        {
            if (!first && line.Length + Gap.Length + cell.Length > Width)
            {
                _text.Append(line.ToString().TrimEnd()).Append('\n');
                line.Clear().Append(new string(' ', 2 + NameWidth));
                first = true;
            }
            line.Append(first ? " " : Gap).Append(cell);
            first = false;
        }
        _text.Append(line.ToString().TrimEnd()).Append('\n');
        return this;
    }

    /// <summary>An empty line between blocks.</summary>
    public StackedRows Blank()
    {
        _text.Append('\n');
        return this;
    }

    public override string ToString() => _text.ToString();
}
