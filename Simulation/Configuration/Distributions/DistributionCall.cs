using System.Text.RegularExpressions;

namespace Shortfall.Configuration.Distributions;

/// <summary>
/// A distribution as written, before its parameters are read: <c>lognormal(mean = 2 h, sd = 1 h)</c>.
/// Parameters are separated by commas and named with <c>=</c> (or <c>:</c> inside a quoted value);
/// a parameter may be a list in brackets, <c>values = [1 h, 2 h]</c>.
/// </summary>
internal sealed partial record DistributionCall(string Name, IReadOnlyList<(string Name, string Value)> Arguments)
{
    [GeneratedRegex(@"^(?<name>[A-Za-z_]+)\s*\((?<args>.*)\)$", RegexOptions.Singleline)]
    private static partial Regex Syntax();

    public static Parsed<DistributionCall> Parse(string text, string expected)
    {
        var match = Syntax().Match(text.Trim());
        if (!match.Success)
        {
            return new Failure($"expected {expected}, got '{text}'");
        }
        var arguments = new List<(string, string)>();
        foreach (var part in SplitTopLevel(match.Groups["args"].Value))
        {
            if (part.Length == 0)
            {
                continue;
            }
            var separator = part.IndexOfAny(['=', ':']);
            if (separator <= 0)
            {
                return new Failure($"write each parameter as 'name = value', got '{part}' in '{text}'");
            }
            arguments.Add((part[..separator].Trim(), part[(separator + 1)..].Trim()));
        }
        return new DistributionCall(match.Groups["name"].Value.ToLowerInvariant(), arguments);
    }

    /// <summary>The parts of <paramref name="text"/> between commas outside brackets, trimmed.</summary>
    public static List<string> SplitTopLevel(string text)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] switch { '[' => 1, ']' => -1, _ => 0 };
            if (text[i] == ',' && depth == 0)
            {
                parts.Add(text[start..i].Trim());
                start = i + 1;
            }
        }
        parts.Add(text[start..].Trim());
        return parts;
    }
}
