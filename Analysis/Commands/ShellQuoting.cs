namespace Shortfall.Analysis.Commands;

/// <summary>Quotes words for a POSIX shell script.</summary>
internal static class ShellQuoting
{
    /// <summary><paramref name="word"/> as one shell word: unchanged when it is only safe characters, else in single quotes (a single quote inside becomes
    /// '\'').</summary>
    public static string Quote(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '_' or '-' or ':' or '=' or ','))
        {
            return word;
        }

        return "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
    }

    /// <summary>The words quoted and joined by spaces.</summary>
    public static string Join(IEnumerable<string> words) => string.Join(' ', words.Select(Quote));
}
