using Shortfall.Analysis.Charts;

namespace Shortfall.Tests.Charts;

public class MarkupTextTests
{
    [Fact]
    public void Markup_characters_and_both_quotes_are_escaped()
    {
        Assert.Equal("a&lt;b&amp;c&gt;d &quot;e&quot; &#39;f&#39;", MarkupText.Escape("a<b&c>d \"e\" 'f'"));
    }

    [Fact]
    public void Characters_xml_forbids_become_replacement_characters_while_tabs_newlines_and_pairs_survive()
    {
        Assert.Equal("\uFFFD\t\n\uFFFD x \U0001F95B", MarkupText.Escape("\u0000\t\n\uDC00 x \U0001F95B"));
    }

    [Fact]
    public void Korean_text_passes_unchanged()
    {
        Assert.Equal("온성 제1유치원", MarkupText.Escape("온성 제1유치원"));
    }
}
