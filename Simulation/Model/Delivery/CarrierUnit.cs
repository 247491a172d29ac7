namespace Shortfall.Model.Delivery;

/// <summary>One truck, or one group of parents: idle, on a trip, or broken down.</summary>
internal sealed class CarrierUnit(int kind, int index, double hoursToBreakdown)
{
    public int Kind { get; } = kind;

    public int Index { get; } = index;

    public bool Broken { get; set; }

    /// <summary>Driving hours left before the next breakdown (+∞ for carriers that do not break down).</summary>
    public double HoursToBreakdown { get; set; } = hoursToBreakdown;
}
