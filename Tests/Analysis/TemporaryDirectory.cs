using Shortfall.Analysis.Output;
namespace Shortfall.Tests.Analysis;

/// <summary>A fresh directory under the system's temporary folder, deleted with everything in it on dispose.</summary>
internal sealed class TemporaryDirectory : IDisposable
{
    public TemporaryDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "shortfall-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string this[string name] => System.IO.Path.Combine(Path, name);

    /// <summary>The names of the files in the directory, sorted, but the lock file a results directory keeps (empty, and there to stay).</summary>
    public string[] Files() =>
        Directory.GetFiles(Path).Select(System.IO.Path.GetFileName).Where(n => n != ResultsDirectory.LockName).Order(StringComparer.Ordinal).ToArray()!;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
