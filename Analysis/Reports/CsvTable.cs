using System.Text;

namespace Shortfall.Analysis.Reports;

/// <summary>
/// Reads a CSV file that Shortfall wrote, one record per line (RFC 4180 quoting, no line breaks
/// inside fields), streaming, so that a file of millions of rows is never held in memory.
/// Every problem is a <see cref="ResultsFormatException"/> with the file and line number.
/// </summary>
internal sealed class CsvTable
{
    private readonly string _path;
    private readonly string[] _header;

    private CsvTable(string path, string[] header)
    {
        _path = path;
        _header = header;
    }

    /// <summary>Opens <paramref name="path"/> and checks that its header has <paramref name="required"/> columns.</summary>
    public static CsvTable Open(string path, IEnumerable<string> required)
    {
        var first = Lines(path).FirstOrDefault() ?? throw new ResultsFormatException(path, "is empty; it should start with a header line");
        var header = Split(path, 1, first);
        var missing = required.Where(c => !header.Contains(c)).ToArray();
        if (missing.Length > 0)
        {
            throw new ResultsFormatException(path, $"line 1: the header lacks the column{(missing.Length == 1 ? "" : "s")} {string.Join(", ", missing)}");
        }

        return new CsvTable(path, header);
    }

    /// <summary>The index of a column of the header.</summary>
    public int Column(string name) => Array.IndexOf(_header, name);

    /// <summary>The data rows with their line numbers; each has as many fields as the header.</summary>
    public IEnumerable<CsvRow> Rows()
    {
        var line = 1;
        foreach (var text in Lines(_path).Skip(1))
        {
            line++;
            var fields = Split(_path, line, text);
            if (fields.Length != _header.Length)
            {
                throw new ResultsFormatException(_path, $"line {line}: {fields.Length} fields where the header has {_header.Length}");
            }

            yield return new CsvRow(_path, line, fields);
        }
    }

    private static IEnumerable<string> Lines(string path)
    {
        IEnumerable<string> lines;
        try
        {
            lines = File.ReadLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ResultsFormatException(path, File.Exists(path) ? $"cannot be read: {e.Message}" : "is missing; is this a results directory of " +
                "'shortfall run'?");
        }
        return lines;
    }

    private static string[] Split(string path, int line, string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (true)
        {
            if (i < text.Length && text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new ResultsFormatException(path, $"line {line}: a quoted field is not closed");
                    }

                    if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                    }
                    else if (text[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        field.Append(text[i++]);
                    }
                }
            }
            while (i < text.Length && text[i] != ',')
            {
                field.Append(text[i++]);
            }

            fields.Add(field.ToString());
            field.Clear();
            if (i >= text.Length)
            {
                return fields.ToArray();
            }

            i++;
        }
    }
}
