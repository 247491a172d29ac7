using Shortfall.Analysis.Sensitivity;

namespace Shortfall.Tests.Analysis.Sensitivity;

public class SweepParameterTests
{
    [Fact]
    public void Whole_numbers_give_whole_steps_and_their_count_is_capped_by_the_range()
    {
        var p = SweepParameter.Parse("carriers.truck.count=1:3");
        Assert.Equal(("carriers.truck.count", 1.0, 3.0, "", true), (p.Path, p.Low, p.High, p.Unit, p.Whole));
        Assert.Equal([1.0, 2.0, 3.0], p.StepValues());
        Assert.Equal("2", p.Format(2));
    }

    [Fact]
    public void Units_are_kept_and_decimal_ranges_are_evenly_stepped()
    {
        var p = SweepParameter.Parse("power.capacity=20 kW:60.0kW:5");
        Assert.Equal(("kW", false), (p.Unit, p.Whole));
        Assert.Equal([20.0, 30.0, 40.0, 50.0, 60.0], p.StepValues());
        Assert.Equal("27.5 kW", p.Format(27.5));
        Assert.Equal(("kW", false), (SweepParameter.Parse("power.capacity=20 kW:60").Unit, SweepParameter.Parse("power.capacity=20 kW:60").Whole));
    }

    [Theory]
    [InlineData("carriers.truck.count", "PATH=LOW:HIGH")]
    [InlineData("=1:2", "PATH=LOW:HIGH")]
    [InlineData("a.b=1", "LOW:HIGH")]
    [InlineData("a.b=1:2:3:4", "LOW:HIGH")]
    [InlineData("a.b=x:2", "LOW 'x' is not a number")]
    [InlineData("a.b=3:2", "LOW must be below HIGH")]
    [InlineData("a.b=2 h:3 d", "same unit")]
    [InlineData("a.b=1.0:2:1", "STEPS must be a whole number of at least 2")]
    [InlineData("a.b=1:3:5", "only 3 whole numbers")]
    public void Malformed_parameters_say_what_is_expected(string text, string message)
    {
        var failure = Assert.Throws<FormatException>(() => SweepParameter.Parse(text));
        Assert.Contains(message, failure.Message);
        Assert.StartsWith($"--param '{text}'", failure.Message);
    }
}
