using System.Globalization;
using System.Text;

namespace Shortfall.Configuration;

/// <summary>
/// Keeps what a message repeats of the file short and inert: a quoted value over <see cref="QuotedLength"/> characters is
/// cut with its length stated, and control and format characters (a right-to-left mark, an escape sequence) are shown as
/// <c>\u200F</c>, so no value can flood the console or turn the text around it.
/// </summary>
internal static class DiagnosticText
{
    /// <summary>The most characters of a value quoted in a message.</summary>
    public const int QuotedLength = 80;

    /// <summary>The most characters of a whole message, a last guard for a message that quotes many values.</summary>
    public const int MessageLength = 2000;

    /// <summary>A field path of at most <see cref="QuotedLength"/> characters (a long key or deep nesting is cut), neutralised like a message.</summary>
    public static string BoundPath(string path) => Bound(path.Length <= QuotedLength ? path : path[..QuotedLength] + "…");

    /// <summary><paramref name="text"/>, bounded and neutralised as described above.</summary>
    public static string Bound(string text)
    {
        var result = new StringBuilder(Math.Min(text.Length, MessageLength));
        var quoteStart = -1;
        for (var i = 0; i < text.Length && result.Length < MessageLength; i++)
        {
            var c = text[i];
            if (c == '\'' && quoteStart < 0 && Opens(text, i))
            {
                quoteStart = i;
            }
            else if (c == '\'' && quoteStart >= 0 && Closes(text, i))
            {
                quoteStart = -1;
            }
            else if (quoteStart >= 0 && i - quoteStart > QuotedLength)
            {
                var close = i;
                while (close < text.Length && !(text[close] == '\'' && Closes(text, close)))
                {
                    close++;
                }
                result.Append(CultureInfo.InvariantCulture, $"…' ({close - quoteStart - 1} characters)");
                (i, quoteStart) = (close, -1);
                continue;
            }
            Append(result, c);
        }
        return result.Length < MessageLength ? result.ToString() : result.Append(" …").ToString();
    }

    // A quote opens a value unless it is an apostrophe inside a word ("the scenario's"), and closes it unless a word goes on.
    private static bool Opens(string text, int i) => i == 0 || !char.IsLetterOrDigit(text[i - 1]);

    private static bool Closes(string text, int i) => i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1]);

    private static void Append(StringBuilder result, char c)
    {
        var category = char.GetUnicodeCategory(c);
        if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
        {
            result.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
        }
        else
        {
            result.Append(c);
        }
    }
}
