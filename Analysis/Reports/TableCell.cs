namespace Shortfall.Analysis.Reports;

/// <summary>One cell of a report table: its text, and its class: "num" for numbers (right-aligned), "name" for names (never wrapped).</summary>
/// <param name="Text">The text, not yet escaped.</param>
/// <param name="CssClass">The cell's class, or null.</param>
internal readonly record struct TableCell(string Text, string? CssClass)
{
    public static TableCell Of(string text) => new(text, null);

    public static TableCell Number(string text) => new(text, "num");

    public static TableCell Name(string text) => new(text, "name");
}
