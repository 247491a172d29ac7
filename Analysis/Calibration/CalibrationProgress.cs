using System.Diagnostics;
using System.Globalization;
using Shortfall.Analysis.Commands;

namespace Shortfall.Analysis.Calibration;

/// <summary>Shows a calibration's progress on standard error: generation, tolerance, acceptance rate and the generation's remaining time
/// (from its attempts per second and acceptance rate so far); one line per generation when not interactive.</summary>
internal sealed class CalibrationProgress(CommandIO io)
{
    private readonly Stopwatch _generationClock = Stopwatch.StartNew();
    private readonly Stopwatch _total = Stopwatch.StartNew();
    private int _generation = -1;

    public void Report(AbcProgress progress)
    {
        if (progress.Generation != _generation)
        {
            _generation = progress.Generation;
            _generationClock.Restart();
        }
        var seconds = _generationClock.Elapsed.TotalSeconds;
        var rate = (double)progress.Accepted / progress.Attempts;
        var remaining = progress.Accepted == 0 ? double.NaN : (progress.Wanted - progress.Accepted) / rate * (seconds / progress.Attempts);
        var tolerance = double.IsPositiveInfinity(progress.Tolerance) ? "∞ (prior)" : progress.Tolerance.ToString("G4", CultureInfo.InvariantCulture);
        var line = string.Create(CultureInfo.InvariantCulture,
            $"generation {progress.Generation}: tolerance {tolerance}, {progress.Accepted}/{progress.Wanted} accepted of {progress.Attempts} " +
            $"({rate:P0}), ETA {Eta(remaining)}, {_total.Elapsed.TotalSeconds:F0} s in all");
        var done = progress.Accepted == progress.Wanted;
        if (io.Interactive)
        {
            io.Error.Write("\r" + line.PadRight(110) + (done ? "\n" : ""));
        }
        else if (done)
        {
            io.Error.WriteLine(line);
        }
    }

    private static string Eta(double seconds) => double.IsNaN(seconds) ? "?" : seconds < 1 ? "0 s" : TimeSpan.FromSeconds(Math.Ceiling(seconds)).ToString("c",
        CultureInfo.InvariantCulture);
}
