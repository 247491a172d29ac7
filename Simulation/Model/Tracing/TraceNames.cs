namespace Shortfall.Model.Tracing;

/// <summary>The names the model gives the series and events it traces, for whoever reads a trace.</summary>
public static class TraceNames
{
    /// <summary>The grid's state: 1 on, 0 off.</summary>
    public const string Grid = "grid_on";

    /// <summary>The generator's state: 1 running, 0 not.</summary>
    public const string Generator = "generator_on";

    /// <summary>A load that reached its destination; the detail is the quantity.</summary>
    public const string Delivery = "delivery";

    /// <summary>The series of a material's stock.</summary>
    public static string Material(string name) => "stock:" + name;

    /// <summary>The series of a product's unspoiled stock.</summary>
    public static string Product(string name) => "product:" + name;
}
