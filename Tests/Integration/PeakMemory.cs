using System.Diagnostics;
using System.Globalization;

namespace Shortfall.Tests.Integration;

/// <summary>The peak resident memory of a <c>shortfall</c> child process: its VmHWM (the kernel's high-water mark of resident memory),
/// read from /proc every few milliseconds until it exits. Linux only.</summary>
internal static class PeakMemory
{
    /// <summary>Runs shortfall with <paramref name="args"/>; returns its exit code, its standard error and its peak resident memory in KiB.</summary>
    public static (int Exit, string Error, long PeakKib) Of(params string[] args)
    {
        var dll = typeof(Shortfall.Analysis.Commands.ShortfallCli).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", [dll, .. args]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        // The server collector shortfall ships with sizes its heap to the allocation rate, which keeps rising over the first seconds of
        // a run; the workstation collector's peak follows what is live, which is what a test of memory against replications is about.
        start.Environment["DOTNET_gcServer"] = "0";
        using var child = Process.Start(start)!;
        var error = child.StandardError.ReadToEndAsync();
        var output = child.StandardOutput.ReadToEndAsync();
        var status = $"/proc/{child.Id}/status";
        var peak = 0L;
        while (!child.HasExited)
        {
            peak = Math.Max(peak, HighWaterMark(status));
            Thread.Sleep(5);
        }
        child.WaitForExit();
        output.Wait();
        return (child.ExitCode, error.Result, peak);
    }

    // VmHWM in KiB, or 0 once the process is gone.
    private static long HighWaterMark(string status)
    {
        try
        {
            var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
