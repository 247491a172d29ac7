namespace Shortfall.Model.Definition;

/// <summary>The simulated period: simulation time 0 is midnight at the start of <see cref="Start"/>;
/// the run ends at midnight at the start of <see cref="End"/> (exclusive).</summary>
public sealed record Horizon(DateOnly Start, DateOnly End)
{
    /// <summary>The length of the period in hours.</summary>
    public double Hours => (End.DayNumber - Start.DayNumber) * 24.0;
}
