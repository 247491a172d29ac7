namespace Shortfall.Model.Tracing;

/// <summary>
/// Receives what one replication does, for <c>shortfall trace</c>: discrete events (a batch started,
/// a trip left, the grid went off) and levels over time (power on/off, stocks). Runs without a sink
/// pay nothing for tracing.
/// </summary>
public interface ITraceSink
{
    /// <summary>Something happened at <paramref name="time"/> (hours): <paramref name="kind"/> of <paramref name="subject"/>, with free-text detail.</summary>
    void Event(double time, string kind, string subject, string detail);

    /// <summary>The series <paramref name="series"/> took <paramref name="value"/> at <paramref name="time"/> (hours).</summary>
    void Level(double time, string series, double value);
}
