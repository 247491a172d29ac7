using System.Globalization;
using System.Text;
using Shortfall.Analysis.Running;

namespace Shortfall.Analysis.Terminal;

/// <summary>
/// The console's view of the pattern over the year: for each variant, mean deliveries per
/// destination in each calendar month, twelve months to a block so that a line fits 80 columns,
/// months headed by their number (the block's first and last month are named in full above it).
/// </summary>
public static class MonthlyLines
{
    private const int NameWidth = 18;
    private const int CellWidth = 5;
    private const int MonthsPerBlock = 12;

    /// <summary>The lines for <paramref name="outcome"/>, each ending in '\n'; empty when no variant has a month.</summary>
    public static string Build(RunOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var months = outcome.Variants.SelectMany(v => v.Months.Select(m => m.Month)).Distinct().Order(StringComparer.Ordinal).ToArray();
        var text = new StringBuilder();
        for (var first = 0; first < months.Length; first += MonthsPerBlock)
        {
            var block = months.Skip(first).Take(MonthsPerBlock).ToArray();
            text.Append(CultureInfo.InvariantCulture, $"mean deliveries per destination by month, {block[0]} to {block[^1]}\n");
            text.Append(Cell("month", NameWidth, left: true));
            foreach (var month in block)
            {
                text.Append(Cell(month[^2..], CellWidth));
            }

            text.Append('\n');
            foreach (var variant in outcome.Variants)
            {
                text.Append(Cell(variant.Name, NameWidth, left: true));
                foreach (var month in block)
                {
                    var summary = variant.Months.FirstOrDefault(m => m.Month == month);
                    text.Append(Cell(summary is null ? "–" : summary.Deliveries.Mean.ToString("0.0", CultureInfo.InvariantCulture), CellWidth));
                }
                text.Append('\n');
            }
        }
        return text.ToString();
    }

    // Left-aligned names are cut to leave one space; numbers are right-aligned.
    private static string Cell(string text, int width, bool left = false)
    {
        if (left)
        {
            return (text.Length >= width ? text[..(width - 2)] + "…" : text).PadRight(width);
        }

        return text.PadLeft(width);
    }
}
