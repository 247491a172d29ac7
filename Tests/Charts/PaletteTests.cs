using System.Globalization;
using Shortfall.Analysis.Charts;

namespace Shortfall.Tests.Charts;

public class PaletteTests
{
    [Fact]
    public void Series_colours_are_the_seven_okabe_ito_colours_other_than_black_and_then_repeat()
    {
        var colours = Enumerable.Range(0, Palette.SeriesCount).Select(Palette.Series).ToList();

        Assert.Equal(7, colours.Distinct().Count());
        Assert.Equal(
            new[] { Palette.Orange, Palette.SkyBlue, Palette.BluishGreen, Palette.Yellow, Palette.Blue, Palette.Vermillion, Palette.ReddishPurple }.Order(),
            colours.Order());
        Assert.Equal(Palette.Series(0), Palette.Series(Palette.SeriesCount));
    }

    [Fact]
    public void Yellow_comes_last_because_it_is_hardest_to_see_on_white()
    {
        Assert.Equal(Palette.Yellow, Palette.Series(Palette.SeriesCount - 1));
        // Relative luminance check that the rule is not arbitrary: yellow is the lightest series colour.
        var lightest = Enumerable.Range(0, Palette.SeriesCount).Select(Palette.Series).MaxBy(Luminance);
        Assert.Equal(Palette.Yellow, lightest);
    }

    private static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(offset, 2), NumberStyles.HexNumber) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(1) + 0.7152 * Channel(3) + 0.0722 * Channel(5);
    }
}
