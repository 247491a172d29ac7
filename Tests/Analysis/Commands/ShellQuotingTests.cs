using Shortfall.Analysis.Commands;

namespace Shortfall.Tests.Analysis.Commands;

public class ShellQuotingTests
{
    [Theory]
    [InlineData("/work/results/onsong", "/work/results/onsong")]
    [InlineData("--seed=5", "--seed=5")]
    [InlineData("two words", "'two words'")]
    [InlineData("it's", "'it'\\''s'")]
    [InlineData("$HOME", "'$HOME'")]
    [InlineData("", "''")]
    public void Words_with_anything_but_safe_characters_are_single_quoted(string word, string quoted)
    {
        Assert.Equal(quoted, ShellQuoting.Quote(word));
    }
}
