using System.Security.Cryptography;
using Shortfall.Analysis.Output.Documents;

namespace Shortfall.Analysis.Output;

/// <summary>
/// A results directory written as one unit. Opening it takes an OS lock on <c>.shortfall.lock</c> (held until disposed, released
/// by the OS if the process dies), so a second writer is refused; then temporaries a stopped writer left are removed. A writer
/// stages files (<see cref="Stage"/>, each an <see cref="AtomicFile"/>) and names files of the old set that no longer belong
/// (<see cref="Remove"/>); <see cref="Commit"/> then
/// <list type="number">
/// <item>flushes every staged file and the new manifest.json to temporary files (a full disk fails here, the old set intact),</item>
/// <item>replaces the old manifest.json by one listing only the files this commit leaves alone, or deletes it when there are none
/// (until step 4 readers see those, e.g. a plot's results without their report, or refuse the directory),</item>
/// <item>renames the staged files over the old ones and deletes the removed ones,</item>
/// <item>renames the new manifest.json into place, listing every file of the set with its size, SHA-256 and run.</item>
/// </list>
/// Readers (<c>plot</c>, the report) require manifest.json and check each file they read against it, so at every moment they
/// see the old complete set, the new one, or refuse. Any command that writes results (run, merge, sweep, plot, calibrate, optimise,
/// run --posterior, and later ones) writes through this class.
/// </summary>
public sealed class ResultsDirectory : IDisposable
{
    /// <summary>The manifest's file name.</summary>
    public const string ManifestName = "manifest.json";

    /// <summary>The lock file's name.</summary>
    public const string LockName = ".shortfall.lock";

    /// <summary>The folder of the report's charts.</summary>
    public const string ChartsFolder = "charts";

    /// <summary>The value of manifest.json's <c>format</c>.</summary>
    public const string Format = "shortfall-results/1";

    private readonly FileStream _lock;
    private readonly Dictionary<string, AtomicFile> _staged = new(StringComparer.Ordinal);
    private readonly HashSet<string> _removed = new(StringComparer.Ordinal);
    private ManifestDocument? _manifest;

    private ResultsDirectory(string path, FileStream lockFile, ManifestDocument? manifest)
    {
        Path = path;
        _lock = lockFile;
        _manifest = manifest;
    }

    /// <summary>The directory.</summary>
    public string Path { get; }

    /// <summary>The committed set's manifest, or null when the directory holds none.</summary>
    public ManifestDocument? Manifest => _manifest;

    /// <summary>Takes the lock of <paramref name="path"/>, an existing directory, and removes temporaries a stopped writer left.</summary>
    /// <exception cref="IOException">When another process holds the lock, or the directory cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">When the directory cannot be written.</exception>
    public static ResultsDirectory Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        // FileShare.None is an exclusive flock on Unix and a share-mode lock on Windows: both end with the process.
        var lockFile = new FileStream(System.IO.Path.Combine(path, LockName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        try
        {
            RemoveTemporaries(path);
            return new ResultsDirectory(path, lockFile, ManifestFile.TryRead(System.IO.Path.Combine(path, ManifestName)));
        }
        catch
        {
            lockFile.Dispose();
            throw;
        }
    }

    /// <summary>Starts writing <paramref name="name"/> (relative, '/'-separated; its folder is created) as part of the next commit.</summary>
    public AtomicFile Stage(string name)
    {
        var path = Full(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var file = AtomicFile.Create(path);
        if (_staged.Remove(name, out var earlier))
        {
            earlier.Dispose();
        }
        _staged[name] = file;
        return file;
    }

    /// <summary>Writes <paramref name="content"/> as <paramref name="name"/> in the next commit.</summary>
    public void Stage(string name, ReadOnlySpan<byte> content) => Stage(name).Write(content);

    /// <summary>Takes <paramref name="name"/> out of the set at the next commit, deleting it.</summary>
    public void Remove(string name) => _removed.Add(name);

    /// <summary>The names in the committed set that satisfy <paramref name="match"/>.</summary>
    public IEnumerable<string> Listed(Func<string, bool> match) => (_manifest?.Files ?? []).Select(f => f.Name).Where(match);

    /// <summary>Commits the staged files as belonging to <paramref name="run"/>, as the class describes.</summary>
    public void Commit(ManifestRunDocument run)
    {
        ArgumentNullException.ThrowIfNull(run);
        foreach (var file in _staged.Values)
        {
            file.Prepare();
        }
        var kept = (_manifest?.Files ?? []).Where(f => !_staged.ContainsKey(f.Name) && !_removed.Contains(f.Name)).ToArray();
        var written = _staged.Select(s => Describe(s.Key, s.Value.TemporaryPath, run.Id));
        var manifest = ManifestOf(kept.Concat(written), (_manifest?.Runs ?? []).Where(r => r.Id != run.Id).Append(run));
        using var next = Prepared(manifest);
        // While the files are switched, the manifest lists only the files this commit leaves alone (a plot's results), or is absent.
        using var meanwhile = kept.Length > 0 ? Prepared(ManifestOf(kept, _manifest!.Runs)) : null;
        FaultInjection.Reached(FaultInjection.Prepared);
        if (meanwhile is null)
        {
            File.Delete(Full(ManifestName));
        }
        else
        {
            meanwhile.Commit();
        }
        FaultInjection.Reached(FaultInjection.ManifestRemoved);
        foreach (var (_, file) in _staged)
        {
            file.Commit();
            FaultInjection.Reached(FaultInjection.Renamed);
        }
        // A listed file may be gone already (a set copied without its report); File.Delete fails only for a missing folder.
        foreach (var path in _removed.Where(n => !_staged.ContainsKey(n)).Select(Full).Where(File.Exists))
        {
            File.Delete(path);
        }
        next.Commit();
        FaultInjection.Reached(FaultInjection.Committed);
        _manifest = manifest;
        _staged.Clear();
        _removed.Clear();
    }

    private static ManifestDocument ManifestOf(IEnumerable<ManifestFileDocument> files, IEnumerable<ManifestRunDocument> runs)
    {
        var listed = files.OrderBy(f => f.Name, StringComparer.Ordinal).ToArray();
        return new ManifestDocument
        {
            Format = Format,
            Files = listed,
            Runs = runs.Where(r => listed.Any(f => f.Run == r.Id)).OrderBy(r => r.Id, StringComparer.Ordinal).ToArray(),
        };
    }

    private AtomicFile Prepared(ManifestDocument manifest)
    {
        var file = AtomicFile.Create(Full(ManifestName));
        file.Write(ManifestFile.Serialize(manifest));
        file.Prepare();
        return file;
    }

    /// <summary>Abandons what was staged and not committed: its temporary files are deleted.</summary>
    public void Abandon()
    {
        foreach (var file in _staged.Values)
        {
            file.Dispose();
        }
        _staged.Clear();
        _removed.Clear();
    }

    /// <summary>Abandons what was staged and not committed, and releases the lock.</summary>
    public void Dispose()
    {
        Abandon();
        _lock.Dispose();
    }

    /// <summary>Size and SHA-256 of the file at <paramref name="path"/>, listed as <paramref name="name"/>.</summary>
    public static ManifestFileDocument Describe(string name, string path, string run)
    {
        using var stream = File.OpenRead(path);
        var hash = Convert.ToHexStringLower(SHA256.HashData(stream));
        return new ManifestFileDocument(name, stream.Length, hash, run);
    }

    private string Full(string name) => System.IO.Path.Combine(Path, name.Replace('/', System.IO.Path.DirectorySeparatorChar));

    // Only the lock holder may do this: another writer's temporaries would be in use. Subfolders other than those the set
    // writes to (a shard run's parts/) belong to writers that do not take this lock, and are left alone.
    private static void RemoveTemporaries(string path)
    {
        var pattern = AtomicFile.TemporaryPrefix + "*" + AtomicFile.TemporarySuffix;
        foreach (var folder in new[] { path, System.IO.Path.Combine(path, ChartsFolder) }.Where(Directory.Exists))
        {
            foreach (var stale in Directory.EnumerateFiles(folder, pattern))
            {
                File.Delete(stale);
            }
        }
    }
}
