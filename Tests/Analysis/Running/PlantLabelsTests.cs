using Shortfall.Analysis.Running;

namespace Shortfall.Tests.Analysis.Running;

public class PlantLabelsTests
{
    /// <summary>Month labels agree with the calendar's own month arithmetic across year ends, whatever day of its first month a
    /// horizon starts on, and each is one string however often it is asked for (every destination-month row asks).</summary>
    [Theory]
    [InlineData(2020, 11, 15)]
    [InlineData(1999, 1, 1)]
    [InlineData(2024, 12, 31)]
    public void A_month_label_is_the_calendar_month_and_made_once(int year, int month, int day)
    {
        var first = new DateOnly(year, month, day);
        var plant = new PlantLabels(["a"], [1], [], [], first);
        for (var m = 0; m < 40; m++)
        {
            Assert.Equal(first.AddMonths(m).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), plant.MonthLabel(m));
            Assert.Same(plant.MonthLabel(m), new PlantLabels(["b"], [2], [], [], first).MonthLabel(m));
        }
    }
}
