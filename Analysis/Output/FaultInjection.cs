using System.Diagnostics;

namespace Shortfall.Analysis.Output;

/// <summary>
/// Points in a commit where the kill tests stop the process as <c>kill -9</c> would, at an exact moment rather than a lucky one:
/// with <c>SHORTFALL_KILL_AT=point</c> (or <c>point#n</c> for its n-th time) in the environment, the process kills itself on reaching
/// it. Unset, as always outside those tests, each point costs one comparison.
/// </summary>
public static class FaultInjection
{
    /// <summary>Every staged file and the new manifest are on disk; nothing of the old set is touched yet.</summary>
    public const string Prepared = "prepared";

    /// <summary>The old manifest is gone, or lists only what the commit leaves alone; no staged file is in place yet.</summary>
    public const string ManifestRemoved = "manifest-removed";

    /// <summary>One more staged file has replaced its old version.</summary>
    public const string Renamed = "renamed";

    /// <summary>The new manifest is in place.</summary>
    public const string Committed = "committed";

    /// <summary>The environment variable that names the point.</summary>
    public const string Variable = "SHORTFALL_KILL_AT";

    private static readonly string? Target = System.Environment.GetEnvironmentVariable(Variable);
    private static readonly Dictionary<string, int> Counts = [];

    /// <summary>Kills the process if it is the point (and time) named by <see cref="Variable"/>.</summary>
    public static void Reached(string point)
    {
        if (Target is null)
        {
            return;
        }
        lock (Counts)
        {
            var count = Counts[point] = Counts.GetValueOrDefault(point) + 1;
            if (Target == point || Target == $"{point}#{count}")
            {
                Process.GetCurrentProcess().Kill();
            }
        }
    }
}
