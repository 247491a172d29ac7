using System.Text;

namespace Shortfall.Analysis.Charts;

/// <summary>Makes arbitrary strings safe as text content and double-quoted attribute values of SVG and of the
/// report's HTML (which also parses as XML): the one escaper of every markup Shortfall writes.</summary>
public static class MarkupText
{
    /// <summary>Escapes <c>&amp; &lt; &gt; "</c> and <c>'</c> (as <c>&amp;#39;</c>, which HTML 4 also knows), and replaces characters that XML 1.0 forbids
    /// even when escaped (most control characters, lone surrogates) with U+FFFD.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': escaped.Append("&amp;"); break;
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '"': escaped.Append("&quot;"); break;
                case '\'': escaped.Append("&#39;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        escaped.Append(c).Append(text[++i]);
                    }
                    else if (IsAllowedInXml(c))
                    {
                        escaped.Append(c);
                    }
                    else
                    {
                        escaped.Append('\uFFFD');
                    }
                    break;
            }
        }
        return escaped.ToString();
    }

    private static bool IsAllowedInXml(char c) =>
        c is '\t' or '\n' or '\r'
        || (c >= '\u0020' && c <= '\uFFFD' && !char.IsSurrogate(c));
}
