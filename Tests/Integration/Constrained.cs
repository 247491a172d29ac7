using System.Diagnostics;

namespace Shortfall.Tests.Integration;

/// <summary>A shortfall child process started by a bash prelude that constrains it: a file size limit ('ulimit -f', with SIGXFSZ ignored so
/// that writes fail as on a full disk) or a directory mounted read-only in a mount namespace of its own (unshare -m, as root). Linux only.</summary>
internal static class Constrained
{
    /// <summary>Runs shortfall with <paramref name="args"/>, its files limited to <paramref name="kib"/> KiB; its exit code and standard error.</summary>
    public static (int Exit, string Error) WithFileSizeLimit(int kib, params string[] args) =>
        Run("bash", [], $"trap '' XFSZ; ulimit -f {kib}", args);

    /// <summary>Runs shortfall with <paramref name="args"/>, <paramref name="directory"/> read-only to it (and to nothing else); its exit code and
    /// standard error.</summary>
    public static (int Exit, string Error) WithReadOnly(string directory, params string[] args) =>
        Run("unshare", ["-m", "bash"], "mount --bind \"$READ_ONLY\" \"$READ_ONLY\" && mount -o remount,ro,bind \"$READ_ONLY\" \"$READ_ONLY\" || exit 99",
            args, directory);

    private static (int Exit, string Error) Run(string launcher, string[] launcherArgs, string prelude, string[] args, string? readOnly = null)
    {
        var dll = typeof(Shortfall.Analysis.Commands.ShortfallCli).Assembly.Location;
        var start = new ProcessStartInfo(launcher, [.. launcherArgs, "-c", prelude + "; exec dotnet \"$0\" \"$@\"", dll, .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Without W^X double mapping, which writes a file, the runtime starts under a file size limit of a few KiB.
        start.Environment["DOTNET_EnableWriteXorExecute"] = "0";
        if (readOnly is not null)
        {
            start.Environment["READ_ONLY"] = readOnly;
        }
        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEndAsync();
        var error = child.StandardError.ReadToEnd();
        child.WaitForExit();
        output.Wait();
        Assert.True(child.ExitCode != 99, $"this test needs a private mount namespace (unshare -m, as root): {error}");
        return (child.ExitCode, error);
    }
}
