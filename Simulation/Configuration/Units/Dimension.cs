namespace Shortfall.Configuration.Units;

/// <summary>What a quantity measures. Each dimension has one canonical unit that the definition uses
/// (hours, kg, L, kW, km, pieces, the scenario's currency), and an example for error messages.</summary>
internal sealed class Dimension
{
    private Dimension(string name, string example)
    {
        Name = name;
        Example = example;
    }

    public static readonly Dimension Time = new("duration", "6 h");
    public static readonly Dimension Mass = new("mass", "50 kg");
    public static readonly Dimension Volume = new("volume", "400 L");
    public static readonly Dimension Power = new("power", "15 kW");
    public static readonly Dimension Length = new("distance", "4 km");
    public static readonly Dimension Count = new("count", "400 pcs");
    public static readonly Dimension Money = new("amount of money", "400000 won");
    public static readonly Dimension Dimensionless = new("plain number", "0.5");

    /// <summary>The dimension in words, e.g. "volume".</summary>
    public string Name { get; }

    /// <summary>The dimension with its article, e.g. "a volume", "an amount of money".</summary>
    public string Noun => ("aeiou".Contains(Name[0]) ? "an " : "a ") + Name;

    /// <summary>A value written in this dimension, e.g. "400 L".</summary>
    public string Example { get; }
}
