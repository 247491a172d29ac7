using System.Globalization;

namespace Shortfall.Analysis.Reports;

/// <summary>One data row of a <see cref="CsvTable"/>, with typed access that names the file and line on failure.</summary>
internal readonly record struct CsvRow(string Path, int Line, string[] Fields)
{
    public string Text(int column) => Fields[column];

    public long Integer(int column) =>
        long.TryParse(Fields[column], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Fail($"'{Fields[column]}' is not a whole number");

    /// <summary>A finite number, or null for an empty field.</summary>
    public double? NullableNumber(int column)
    {
        if (Fields[column].Length == 0)
        {
            return null;
        }

        return double.TryParse(Fields[column], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw Fail($"'{Fields[column]}' is not a number");
    }

    public ResultsFormatException Fail(string problem) => new(Path, $"line {Line}: {problem}");
}
