using System.Diagnostics;
using Shortfall.Analysis.Output;
using Shortfall.Tests.Analysis.Commands;
using Shortfall.Tests.Configuration;
using Shortfall.Tests.Reports;

namespace Shortfall.Tests.Integration;

/// <summary>What the kill tests share: a child shortfall that kills itself at a named point of a commit, the comparison of two
/// directories' files, and the small scenario they run.</summary>
internal static class Killed
{
    /// <summary>Runs shortfall with <paramref name="args"/>, killing itself at <paramref name="point"/> (<see cref="FaultInjection"/>); its exit
    /// code.</summary>
    public static int Child(string point, params string[] args)
    {
        var dll = typeof(Shortfall.Analysis.Commands.ShortfallCli).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", [dll, .. args]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment[FaultInjection.Variable] = point;
        using var child = Process.Start(start)!;
        child.StandardOutput.ReadToEnd();
        child.StandardError.ReadToEnd();
        child.WaitForExit();
        return child.ExitCode;
    }

    /// <summary>True when two snapshots hold the same files with the same bytes.</summary>
    public static bool Same(Dictionary<string, byte[]> a, Dictionary<string, byte[]> b) =>
        a.Keys.Order(StringComparer.Ordinal).SequenceEqual(b.Keys.Order(StringComparer.Ordinal)) && a.All(f => f.Value.AsSpan().SequenceEqual(b[f.Key]));

    /// <summary>After a kill at <paramref name="point"/> of a command writing <paramref name="clean"/>'s set over <paramref name="old"/>'s in
    /// <paramref name="target"/>: 'plot' either refuses, naming the missing manifest, or finds exactly the old complete set or the new one.</summary>
    public static void AssertOldNewOrRefused(string target, string old, string clean, string point)
    {
        var (exit, _, error) = Cli.Run("plot", target, "--quiet");
        if (exit == 0)
        {
            var now = ReportPage.Snapshot(target);
            Assert.True(Same(now, ReportPage.Snapshot(old)) || Same(now, ReportPage.Snapshot(clean)), $"after a kill at {point} the set is a mix");
        }
        else
        {
            Assert.Equal(2, exit);
            Assert.Contains("manifest.json: is missing", error);
        }
    }

    /// <summary>The small scenario of the malformed files without its deliberate error (one truck), written to <paramref name="path"/> once.</summary>
    public static string Scenario(string path)
    {
        if (!File.Exists(path))
        {
            var text = string.Join('\n', File.ReadLines(TestFiles.Malformed("count-negative.yaml")).TakeWhile(l => !l.StartsWith('#')))
                .Replace("count: -1", "count: 1", StringComparison.Ordinal);
            File.WriteAllText(path, text);
        }
        return path;
    }
}
