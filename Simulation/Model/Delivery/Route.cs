namespace Shortfall.Model.Delivery;

/// <summary>One trip as planned: a unit, its stops in the order it calls at them, what it leaves at
/// each, and the road km and fuel of the whole round trip.</summary>
internal sealed class Route(CarrierUnit unit, int[] stops, double[] loads, double km, double fuel)
{
    public CarrierUnit Unit { get; } = unit;

    /// <summary>Destinations in calling order.</summary>
    public int[] Stops { get; } = stops;

    /// <summary>The load for each stop, in the same order.</summary>
    public double[] Loads { get; } = loads;

    public double Km { get; } = km;

    public double Fuel { get; } = fuel;
}
