using System.Text;

namespace Shortfall.Analysis.Commands;

/// <summary>Where a command writes its results, and creating it only once the input has been checked.</summary>
internal static class OutputDirectory
{
    /// <summary>results/&lt;scenario name as a file name&gt;, e.g. results/onsong-milk-plant for "Onsong milk plant".</summary>
    public static string Default(string scenarioName)
    {
        var slug = new StringBuilder();
        foreach (var c in scenarioName.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '_' or '.')
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }
        var name = slug.ToString().Trim('-', '.');
        return Path.Combine("results", name.Length > 0 ? name : "scenario");
    }

    /// <summary>
    /// Creates <paramref name="directory"/> if needed and runs <paramref name="write"/>, which
    /// writes into it; if that fails or is cancelled, a directory this call created and that was
    /// left empty is removed again, so bad input or Ctrl-C leaves nothing behind.
    /// </summary>
    /// <exception cref="UsageException">When the directory cannot be created (a file in the way, no permission).</exception>
    public static T WriteInto<T>(string directory, Func<T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var created = Create(directory);
        try
        {
            return write();
        }
        catch
        {
            if (created && Directory.Exists(directory) && !Directory.EnumerateFileSystemEntries(directory).Any())
            {
                Directory.Delete(directory);
            }

            throw;
        }
    }

    // True when it did not exist before.
    private static bool Create(string directory)
    {
        if (Directory.Exists(directory))
        {
            return false;
        }

        try
        {
            Directory.CreateDirectory(directory);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cannot create the output directory '{directory}': {e.Message}");
        }
    }
}
