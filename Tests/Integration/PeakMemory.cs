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
        // What is measured is what the program holds, not how the runtime sizes itself around it. The server collector shipped sizes its heap to
        // the allocation rate and to the machine's load, and tiered compilation recompiles hot code for the first seconds of a run (about 7 MB
        // more after 10,000 replications than after 1,000 of a small scenario); a fixed 4 MB budget of the non-concurrent workstation collector
        // and code compiled once leave the peak to follow what is live. README, "Per-replication tables and memory", measures the shipped settings.
        start.Environment["DOTNET_gcServer"] = "0";
        start.Environment["DOTNET_gcConcurrent"] = "0";
        start.Environment["DOTNET_GCgen0size"] = "0x400000";
        start.Environment["DOTNET_TieredCompilation"] = "0";
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
