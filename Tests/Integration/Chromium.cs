using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Shortfall.Tests.Integration;

/// <summary>Runs Debian's headless Chromium on a local file, with its own throw-away profile, and collects what it printed.</summary>
internal static partial class Chromium
{
    public const string Path = "/usr/bin/chromium";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    /// <summary>Takes a screenshot of <paramref name="file"/> in a window of the given size; returns the PNG bytes and the console messages of the
    /// page.</summary>
    public static (byte[] Png, IReadOnlyList<string> Console) Screenshot(string file, int width, int height)
    {
        var profile = Directory.CreateTempSubdirectory("shortfall-chromium-");
        try
        {
            var png = System.IO.Path.Combine(profile.FullName, "screenshot.png");
            var (_, error) = Run(profile.FullName, $"--screenshot={png}", $"--window-size={width},{height}", new Uri(file).AbsoluteUri);
            return (File.ReadAllBytes(png), ConsoleMessages(error));
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    /// <summary>The DOM of <paramref name="file"/> after the page has loaded and laid out, serialized by the browser; and the page's console
    /// messages.</summary>
    public static (string Dom, IReadOnlyList<string> Console) DumpDom(string file)
    {
        var profile = Directory.CreateTempSubdirectory("shortfall-chromium-");
        try
        {
            var (output, error) = Run(profile.FullName, "--dump-dom", new Uri(file).AbsoluteUri);
            return (output, ConsoleMessages(error));
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    // Chromium logs every console call of the page at INFO level as "INFO:CONSOLE(line)] "text", source: …"
    // (older builds) or "INFO:CONSOLE:line] …"; with --enable-logging=stderr --v=0 they reach stderr.
    private static List<string> ConsoleMessages(string stderr) =>
        stderr.Split('\n').Where(line => ConsoleLine().IsMatch(line)).Select(line => line.Trim()).ToList();

    [GeneratedRegex(@":CONSOLE[:(]\d+")]
    private static partial Regex ConsoleLine();

    private static (string Output, string Error) Run(string profile, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // No sandbox: tests may run as root in a container, where Chromium's sandbox cannot start; containers also
        // often have a small /dev/shm, which Chromium would otherwise fill.
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars", "--force-device-scale-factor=1",
            "--no-first-run", "--disable-extensions", "--enable-logging=stderr", "--v=0", $"--user-data-dir={profile}",
        }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{Path} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path} did not finish within {Timeout.TotalSeconds} s.");
        }
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path} exited with {process.ExitCode}: {error.Result}");
        }

        return (output.Result, error.Result);
    }
}
