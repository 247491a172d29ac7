namespace Shortfall.Model.Tracing;

/// <summary>The names the model gives the series and events it traces, for whoever reads a trace.</summary>
public static class TraceNames
{
    /// <summary>The grid's state: 1 on, 0 off.</summary>
    public const string Grid = "grid_on";

    /// <summary>The generator's state: 1 running, 0 not.</summary>
    public const string Generator = "generator_on";

    /// <summary>A load that reached its destination; the detail is the quantity with its unit.</summary>
    public const string Delivery = "delivery";

    /// <summary>The series of a material's stock.</summary>
    public static string Material(string name) => "stock:" + name;

    /// <summary>The series of a product's unspoiled stock.</summary>
    public static string Product(string name) => "product:" + name;

    /// <summary>A quantity in an event's detail, "537.67 L": at most three decimals, since the trace is read by people (the stocks keep the exact
    /// amounts), and always its unit; no thousands separator, so that a reader of events.csv splits nothing but its fields.</summary>
    public static string Quantity(double amount, string unit) =>
        $"{(Math.Round(amount, 3) + 0.0).ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)} {unit}";
}
