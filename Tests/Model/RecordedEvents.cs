using Shortfall.Model.Tracing;

namespace Shortfall.Tests.Model;

/// <summary>A trace sink that keeps every event and level of a replication, for tests that look at when things happened.</summary>
internal sealed class RecordedEvents : ITraceSink
{
    public List<(double Time, string Kind, string Subject)> Events { get; } = [];

    /// <summary>The times and destinations of deliveries, in order.</summary>
    public IEnumerable<(double Time, string Destination)> Deliveries =>
        Events.Where(e => e.Kind == TraceNames.Delivery).Select(e => (e.Time, e.Subject));

    /// <summary>The days on which events of <paramref name="kind"/> happened, in order.</summary>
    public IEnumerable<int> DaysOf(string kind) => Events.Where(e => e.Kind == kind).Select(e => (int)(e.Time / 24));

    public void Event(double time, string kind, string subject, string detail) => Events.Add((time, kind, subject));

    /// <summary>Every level set, in order.</summary>
    public List<(double Time, string Series, double Value)> Levels { get; } = [];

    public void Level(double time, string series, double value) => Levels.Add((time, series, value));
}
