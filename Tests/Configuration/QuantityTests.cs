using Shortfall.Configuration.Units;

namespace Shortfall.Tests.Configuration;

public class QuantityTests
{
    private static readonly UnitTable Units = UnitTable.For("won");

    private static Quantity Parse(string text)
    {
        var parsed = Quantity.Parse(text, Units, "a quantity");
        Assert.True(parsed.Ok, parsed.Error);
        return parsed.Value;
    }

    private static string Error(string text)
    {
        var parsed = Quantity.Parse(text, Units, "a duration like '6 h'");
        Assert.False(parsed.Ok);
        return parsed.Error;
    }

    [Theory]
    [InlineData("6 h", 6)]
    [InlineData("30 min", 0.5)]
    [InlineData("90 s", 0.025)]
    [InlineData("2 d", 48)]
    [InlineData("2 days", 48)]
    [InlineData("1 wk", 168)]
    [InlineData("6h", 6)]
    public void Durations_are_read_in_hours(string text, double hours)
    {
        var quantity = Parse(text);
        Assert.Equal(Dimension.Time, quantity.Dimension);
        Assert.Equal(hours, quantity.Canonical, 12);
    }

    [Theory]
    [InlineData("1500 W", "kW", 1.5)]
    [InlineData("1.2 MW", "kW", 1200)]
    [InlineData("800 m", "km", 0.8)]
    [InlineData("2 t", "kg", 2000)]
    [InlineData("500 g", "kg", 0.5)]
    [InlineData("50 kg", "t", 0.05)]
    [InlineData("0.2 m3", "L", 200)]
    [InlineData("250 mL", "L", 0.25)]
    [InlineData("3 l", "L", 3)]
    [InlineData("400 pcs", "pcs", 400)]
    public void Quantities_convert_within_their_dimension(string text, string unit, double expected)
    {
        var target = Units.Find(unit)!;
        var quantity = Parse(text);
        Assert.Equal(target.Dimension, quantity.Dimension);
        Assert.Equal(expected, quantity.In(target), 12);
    }

    [Theory]
    [InlineData("30 km/h", 30)]
    [InlineData("500 m/min", 30)]
    [InlineData("60 L/d", 2.5)]
    [InlineData("3 L/h", 3)]
    public void Rates_are_read_per_hour(string text, double perHour)
    {
        var quantity = Parse(text);
        Assert.Equal(Dimension.Time, quantity.Per!.Dimension);
        Assert.Equal(perHour, quantity.Canonical, 12);
    }

    [Theory]
    [InlineData("4_000_000 won", 4_000_000)]
    [InlineData("1e3 kg", 1000)]
    [InlineData("-2.5 h", -2.5)]
    [InlineData("90 %", 0.9)]
    [InlineData("0.9", 0.9)]
    public void Numbers_take_separators_exponents_signs_and_percentages(string text, double canonical)
    {
        Assert.Equal(canonical, Parse(text).Canonical, 12);
    }

    [Fact]
    public void Money_is_written_in_the_scenario_currency()
    {
        Assert.Equal(Dimension.Money, Parse("400000 won").Dimension);
        Assert.False(Quantity.Parse("400000 won", UnitTable.For(null), "money").Ok);
    }

    [Theory]
    [InlineData("6 hrs", "unknown unit 'hrs' in '6 hrs'; did you mean 'hr'?")]
    [InlineData("10 kWh", "unknown unit 'kWh' in '10 kWh'; did you mean 'kW'?")]
    [InlineData("six hours", "expected a duration like '6 h', got 'six hours'")]
    [InlineData("h 6", "expected a duration like '6 h', got 'h 6'")]
    [InlineData("3 L/km", "a rate must be per unit of time, like '3 L/h', got '3 L/km'")]
    [InlineData("1e999 h", "the number in '1e999 h' is too large")]
    [InlineData("4,000,000 won", "expected a duration like '6 h', got '4,000,000 won'; group digits with '_' (4_000_000), not ','")]
    public void Bad_quantities_say_what_is_wrong(string text, string message)
    {
        Assert.Equal(message, Error(text));
    }

    [Fact]
    public void Standard_units_cannot_be_a_currency()
    {
        Assert.True(UnitTable.IsStandard("h"));
        Assert.False(UnitTable.IsStandard("won"));
    }
}
