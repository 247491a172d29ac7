using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Shortfall.Tests.Integration;

/// <summary>
/// A fact that needs a Slurm cluster: skipped, with the reason, when <c>sinfo</c> cannot reach one,
/// except under CI=true, where the test runs anyway and fails, so that CI cannot pass without it.
/// (xunit 2 has no dynamic skip; an attribute that sets <see cref="FactAttribute.Skip"/> in its
/// constructor decides at discovery.)
/// </summary>
public sealed class SlurmFactAttribute : FactAttribute
{
    public SlurmFactAttribute([CallerMemberName] string test = "")
    {
        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            return;
        }

        if (Unreachable() is { } reason)
        {
            SkippedFact.Skip(this, test,
                $"No Slurm cluster: {reason}. Start one with `bash .ci/slurm-up.sh` (as root), or set CI=true to make this a failure.");
        }
    }

    // Asked once per test run: sinfo with no controller to answer takes its full timeout.
    private static readonly Lazy<string?> Probe = new(Ask);

    /// <summary>Why no cluster answers, or null when one does.</summary>
    public static string? Unreachable() => Probe.Value;

    private static string? Ask()
    {
        try
        {
            using var sinfo = Process.Start(new ProcessStartInfo("sinfo", "-h -o %T") { RedirectStandardOutput = true, RedirectStandardError = true,
                UseShellExecute = false })!;
            var output = sinfo.StandardOutput.ReadToEndAsync();
            var error = sinfo.StandardError.ReadToEndAsync();
            if (!sinfo.WaitForExit(TimeSpan.FromSeconds(15)))
            {
                sinfo.Kill();
                return "sinfo did not answer within 15 s";
            }
            if (sinfo.ExitCode != 0)
            {
                return $"sinfo failed: {error.Result.Trim()}";
            }

            return output.Result.Trim().Length == 0 ? "sinfo lists no node" : null;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return $"sinfo cannot be run ({e.Message})";
        }
    }
}
