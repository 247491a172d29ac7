using Shortfall.Model.Tracing;

namespace Shortfall.Analysis.Tracing;

/// <summary>
/// Keeps everything one traced replication reports, in the order it happened. A level is kept
/// only when it differs from the series' previous one, so the hourly stock samples of a stock
/// that does not move cost nothing.
/// </summary>
public sealed class TraceRecorder : ITraceSink
{
    private readonly List<TracedEvent> _events = [];
    private readonly List<TracedLevel> _levels = [];
    private readonly Dictionary<string, double> _last = new(StringComparer.Ordinal);

    /// <summary>The events, in the order they happened.</summary>
    public IReadOnlyList<TracedEvent> Events => _events;

    /// <summary>The level changes, in the order they happened.</summary>
    public IReadOnlyList<TracedLevel> Levels => _levels;

    /// <inheritdoc/>
    public void Event(double time, string kind, string subject, string detail) =>
        _events.Add(new TracedEvent(time, kind, subject, detail));

    /// <inheritdoc/>
    public void Level(double time, string series, double value)
    {
        if (_last.TryGetValue(series, out var last) && last.Equals(value))
        {
            return;
        }

        _last[series] = value;
        _levels.Add(new TracedLevel(time, series, value));
    }
}
