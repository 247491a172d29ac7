using System.Diagnostics;
using Shortfall.Tests.Configuration;

namespace Shortfall.Tests.Integration;

/// <summary>
/// shortfall published as a native program, as README says to publish it (<c>dotnet publish Analysis -c Release -r linux-x64</c>),
/// once for the tests that share it. It is published from a copy of the sources, so that the repository's own build outputs
/// are left as they are, and only when a test first asks for it.
/// </summary>
public sealed class NativeBuild : IDisposable
{
    private static readonly TimeSpan PublishLimit = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(2);

    /// <summary>The files at the repository's root that a build of its projects reads, where they exist.</summary>
    private static readonly string[] RootBuildFiles = ["Directory.Build.props", "Directory.Build.targets", ".editorconfig", "global.json", "nuget.config"];

    private readonly string _root = Path.Combine(Path.GetTempPath(), "shortfall-native-" + Guid.NewGuid().ToString("N"));
    private readonly Lazy<string> _program;

    public NativeBuild()
    {
        _program = new Lazy<string>(Publish);
    }

    /// <summary>Runs the native shortfall with <paramref name="args"/>: its exit code and what it printed.</summary>
    public (int Exit, string Output, string Error) Run(params string[] args) => Start(_program.Value, args, RunLimit);

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private string Publish()
    {
        var repository = TestFiles.RepositoryRoot();
        var sources = Directory.CreateDirectory(Path.Combine(_root, "src")).FullName;
        foreach (var name in RootBuildFiles.Where(name => File.Exists(Path.Combine(repository, name))))
        {
            File.Copy(Path.Combine(repository, name), Path.Combine(sources, name));
        }
        CopySources(Path.Combine(repository, "Simulation"), Path.Combine(sources, "Simulation"));
        CopySources(Path.Combine(repository, "Analysis"), Path.Combine(sources, "Analysis"));
        var output = Path.Combine(_root, "bin");
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path ? path : "dotnet";
        var (exit, printed, error) = Start(host, ["publish", Path.Combine(sources, "Analysis"), "-c", "Release", "-r", "linux-x64", "-o", output],
            PublishLimit);
        Assert.True(exit == 0, $"dotnet publish exited with {exit}:\n{Tail(printed)}\n{Tail(error)}");
        return Path.Combine(output, "shortfall");
    }

    // The project's files without what a build wrote, so that the copy builds from scratch.
    private static void CopySources(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            var top = relative.Split(Path.DirectorySeparatorChar)[0];
            if (top is "bin" or "obj")
            {
                continue;
            }
            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static (int Exit, string Output, string Error) Start(string program, string[] args, TimeSpan limit)
    {
        var start = new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        // `dotnet test` may leave its own MSBuild's variables (MSBuildSDKsPath, MSBuildExtensionsPath...) to the test host: the
        // nested publish finds its SDK for itself.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', args)} did not end within {limit}");
        }
        return (process.ExitCode, output.Result, error.Result);
    }

    private static string Tail(string text) => text.Length <= 4000 ? text : text[^4000..];
}
