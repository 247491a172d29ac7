namespace Shortfall.Configuration;

/// <summary>"Did you mean" help: the valid name closest to a misspelt one by edit distance.</summary>
internal static class Suggestions
{
    /// <summary>The longest word a suggestion is looked for: no name is longer, and the distance costs the product of the lengths.</summary>
    public const int LongestWord = 64;

    /// <summary>The candidate nearest to <paramref name="word"/> (case-insensitively), or null when none is within
    /// one edit for words of up to three letters, else a third of the word's length but at least two edits
    /// (a swapped pair of letters): close enough to be the likely intent. Words longer than <see cref="LongestWord"/> get none.</summary>
    public static string? Nearest(string word, IEnumerable<string> candidates)
    {
        if (word.Length > LongestWord)
        {
            return null;
        }
        var limit = word.Length <= 3 ? 1 : Math.Max(2, word.Length / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        // Lengths further apart than the limit cannot be within it, so the quadratic distance is not worked out for them.
        foreach (var candidate in candidates.Where(c => Math.Abs(c.Length - word.Length) <= limit))
        {
            var distance = Levenshtein(word.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance && distance <= limit)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>The usual message tail: "; did you mean 'x'?", or the list of valid names when none is close.</summary>
    public static string DidYouMean(string word, IReadOnlyCollection<string> candidates)
    {
        if (Nearest(word, candidates) is { } nearest)
        {
            return $"; did you mean '{nearest}'?";
        }
        return candidates.Count == 0 ? "" : "; expected one of: " + string.Join(", ", candidates);
    }

    /// <summary>The number of single-character insertions, deletions and substitutions between two strings.</summary>
    public static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
