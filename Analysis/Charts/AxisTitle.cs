namespace Shortfall.Analysis.Charts;

/// <summary>What an axis measures and in which unit, shown as "Name (unit)".</summary>
/// <param name="Name">The quantity, e.g. "Deliveries per destination-month".</param>
/// <param name="Unit">The unit, e.g. "hours" or "count"; null when the quantity has none, such as a category axis.</param>
public sealed record AxisTitle(string Name, string? Unit)
{
    /// <summary>The text drawn along the axis.</summary>
    public string Text => Unit is null ? Name : $"{Name} ({Unit})";
}
