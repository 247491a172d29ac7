namespace Shortfall.Analysis.Charts;

/// <summary>Estimates text extents for layout without a font engine, from rounded Helvetica/Arial advance
/// widths by character class. East Asian characters count a full em. Estimates err slightly wide.</summary>
public static class TextMetrics
{
    /// <summary>Estimated width in pixels of <paramref name="text"/> at font size <paramref name="size"/>.</summary>
    public static double Width(string text, double size)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ems = 0.0;
        foreach (var c in text)
        {
            ems += Advance(c);
        }
        return ems * size;
    }

    /// <summary>The widest estimated width among <paramref name="texts"/>, 0 if there are none.</summary>
    public static double MaxWidth(IEnumerable<string> texts, double size) =>
        texts.Select(t => Width(t, size)).DefaultIfEmpty(0).Max();

    /// <summary><paramref name="text"/> itself if it has at most <paramref name="maxChars"/> characters,
    /// otherwise its first <paramref name="maxChars"/> − 1 characters and an ellipsis.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxChars"/> is below 2.</exception>
    public static string Shorten(string text, int maxChars)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChars, 2);
        return text.Length <= maxChars ? text : text[..(maxChars - 1)] + "\u2026";
    }

    /// <summary><paramref name="text"/> itself if its estimated width at <paramref name="size"/> is at most
    /// <paramref name="maxWidth"/>, otherwise its longest prefix that fits with an ellipsis (at least one character).</summary>
    public static string Fit(string text, double maxWidth, double size)
    {
        if (Width(text, size) <= maxWidth)
        {
            return text;
        }
        var keep = text.Length - 1;
        while (keep > 1 && Width(text[..keep] + "\u2026", size) > maxWidth)
        {
            keep--;
        }
        return text[..keep] + "\u2026";
    }

    // Advance in ems; Helvetica's narrow letters are 0.22–0.33, most lower case 0.5–0.56, capitals 0.61–0.78.
    private static double Advance(char c) => c switch
    {
        'i' or 'j' or 'l' or '\'' or '.' or ',' or ':' or ';' or '|' or '!' => 0.28,
        ' ' or 'f' or 't' or 'r' or 'I' or '(' or ')' or '\u2026' or '[' or ']' or '-' or '/' => 0.36,
        'm' or 'w' => 0.86,
        'M' or 'W' => 0.92,
        >= 'A' and <= 'Z' => 0.70,
        >= '0' and <= '9' or >= 'a' and <= 'z' => 0.57,
        >= '\u1100' and <= '\u11FF' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3' or >= '\uFF00' and <= '\uFF60' => 1.0,
        _ => 0.62,
    };
}
