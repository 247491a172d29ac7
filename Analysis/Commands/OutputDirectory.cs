using System.Text;
using Shortfall.Analysis.Output;
using Shortfall.Analysis.Output.Documents;
using Shortfall.Analysis.Reports;
using Shortfall.Analysis.Running;

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

    /// <summary>
    /// Creates <paramref name="directory"/> if needed and opens it for writing results as one unit (<see cref="ResultsDirectory"/>):
    /// before any simulation, so that a directory that cannot be written, or that another command is writing, is refused at once.
    /// A directory this call created is removed again if it cannot be opened.
    /// </summary>
    /// <exception cref="UsageException">When the directory cannot be created or written, or another command holds it.</exception>
    public static ResultsDirectory Open(string directory)
    {
        var created = Create(directory);
        try
        {
            return ResultsDirectory.Open(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (created)
            {
                Directory.Delete(directory, recursive: true);
            }

            var held = e is IOException && File.Exists(Path.Combine(directory, ResultsDirectory.LockName)) && e is not FileNotFoundException;
            throw new UsageException(held && e.Message.Contains("used by another process", StringComparison.Ordinal)
                ? $"another shortfall command is writing to '{directory}'; wait for it to finish or give another --out."
                : $"cannot write to the output directory '{directory}': {e.Message}");
        }
    }

    /// <summary>Abandons what <paramref name="results"/> staged, and removes its directory if that leaves nothing but the lock file: what a failed
    /// first write into a new directory leaves.</summary>
    public static void Abandon(ResultsDirectory results)
    {
        ArgumentNullException.ThrowIfNull(results);
        results.Abandon();
        var entries = Directory.EnumerateFileSystemEntries(results.Path).Select(Path.GetFileName).ToList();
        if (entries.All(e => e == ResultsDirectory.LockName))
        {
            Directory.Delete(results.Path, recursive: true);
        }
    }

    /// <summary>Runs <paramref name="stage"/>, which computes and stages files into <paramref name="results"/> and names the run they belong
    /// to, and commits them; a failure or cancellation abandons what was staged (<see cref="Abandon"/>), the old set intact, and a write that
    /// failed is reported as <see cref="WriteFailed"/>.</summary>
    public static T Commit<T>(ResultsDirectory results, Func<(T Result, ManifestRunDocument Run)> stage)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(stage);
        try
        {
            var (result, run) = stage();
            results.Commit(run);
            return result;
        }
        catch (Exception e)
        {
            Abandon(results);
            if (e is IOException failed)
            {
                throw WriteFailed(results.Path, failed);
            }

            throw;
        }
    }

    /// <summary>Draws the report of the results committed in <paramref name="results"/> (<see cref="ReportFiles.Write(ResultsDirectory, bool)"/>)
    /// and returns the page's path. A write that fails (a full disk, a file size limit) leaves the results and any earlier report as they were
    /// and is reported as one line, exit 2.</summary>
    /// <exception cref="UsageException">When the charts or the page cannot be written.</exception>
    public static string Report(ResultsDirectory results, bool png)
    {
        ArgumentNullException.ThrowIfNull(results);
        ProcessMemory.ReturnUnused();
        try
        {
            return ReportFiles.Write(results, png)[^1];
        }
        catch (IOException e)
        {
            throw new UsageException($"cannot write the report to '{results.Path}': {e.Message} The results there are whole; 'shortfall plot' draws " +
                "the report once there is room.");
        }
    }

    /// <summary>What a write that failed (a full disk, a file size limit) is reported as: one line, exit 2, the old results intact.</summary>
    public static UsageException WriteFailed(string directory, IOException e) =>
        new($"cannot write the results to '{directory}': {e.Message} Nothing was changed there.");

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
