using System.Globalization;
using System.Text;
using Shortfall.Analysis.Charts;
using Shortfall.Analysis.Output;

namespace Shortfall.Analysis.Tracing;

/// <summary>
/// The files of a traced replication: events.csv (every event, in order), levels.csv (every
/// change of power state and stock level) and one timeline-&lt;unit&gt;.svg (and .png, for slides) per unit of stock.
/// Each is written atomically, so an interrupted trace leaves no half-written file.
/// </summary>
public static class TraceFiles
{
    /// <summary>The events file's name.</summary>
    public const string Events = "events.csv";

    /// <summary>The levels file's name.</summary>
    public const string Levels = "levels.csv";

    /// <summary>Writes the files into <paramref name="directory"/>, which must exist; returns their names.</summary>
    public static IReadOnlyList<string> Write(string directory, DateTime start, TraceRecorder trace, IReadOnlyList<(string Unit, PlottedChart Chart)> timelines,
        bool png)
    {
        ArgumentNullException.ThrowIfNull(trace);
        ArgumentNullException.ThrowIfNull(timelines);
        var events = new StringBuilder("hours,time,kind,subject,detail\n");
        foreach (var e in trace.Events)
        {
            Csv.AppendLine(events, [Csv.Number(e.Hours), Time(start, e.Hours), Csv.Text(e.Kind), Csv.Text(e.Subject), Csv.Text(e.Detail)]);
        }

        var levels = new StringBuilder("hours,time,series,value\n");
        foreach (var l in trace.Levels)
        {
            Csv.AppendLine(levels, [Csv.Number(l.Hours), Time(start, l.Hours), Csv.Text(l.Series), Csv.Number(l.Value)]);
        }

        var files = new List<string> { Events, Levels };
        AtomicFile.WriteAllBytes(Path.Combine(directory, Events), Encoding.UTF8.GetBytes(events.ToString()));
        AtomicFile.WriteAllBytes(Path.Combine(directory, Levels), Encoding.UTF8.GetBytes(levels.ToString()));
        foreach (var (unit, chart) in timelines)
        {
            files.AddRange(ChartFiles.Write(directory, TimelineName(unit), chart, png).Select(Path.GetFileName)!);
        }

        return files;
    }

    /// <summary>timeline-&lt;unit&gt; (without extension), the unit reduced to letters and digits ("m³" gives "m3").</summary>
    public static string TimelineName(string unit)
    {
        var name = new StringBuilder();
        foreach (var c in unit.Normalize(NormalizationForm.FormKD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                name.Append(c);
            }
        }
        return $"timeline-{(name.Length > 0 ? name.ToString() : "units")}";
    }

    // The calendar time of the event, to the second, for reading the trace beside a diary.
    private static string Time(DateTime start, double hours) =>
        start.AddHours(hours).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
