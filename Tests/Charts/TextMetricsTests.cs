using Shortfall.Analysis.Charts;

namespace Shortfall.Tests.Charts;

public class TextMetricsTests
{
    [Fact]
    public void Long_text_is_shortened_to_the_limit_with_an_ellipsis_and_short_text_is_kept()
    {
        Assert.Equal("abcd\u2026", TextMetrics.Shorten("abcdefgh", 5));
        Assert.Equal("abcde", TextMetrics.Shorten("abcde", 5));
    }

    [Fact]
    public void Wide_letters_are_estimated_wider_than_narrow_ones_and_hangul_a_full_em()
    {
        Assert.True(TextMetrics.Width("MMMM", 10) > TextMetrics.Width("iiii", 10) * 3);
        Assert.Equal(20, TextMetrics.Width("남산", 10), 12);
    }
}
