using Shortfall.Configuration;

namespace Shortfall.Tests.Configuration;

public class SuggestionsTests
{
    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("capacty", "capacity", 1)]
    [InlineData("cuont", "count", 2)]
    [InlineData("", "abc", 3)]
    [InlineData("same", "same", 0)]
    public void Levenshtein_counts_single_character_edits(string a, string b, int distance)
    {
        Assert.Equal(distance, Suggestions.Levenshtein(a, b));
        Assert.Equal(distance, Suggestions.Levenshtein(b, a));
    }

    [Fact]
    public void The_nearest_name_is_suggested_only_when_close()
    {
        string[] keys = ["count", "capacity", "speed", "calendar"];
        Assert.Equal("capacity", Suggestions.Nearest("capacty", keys));
        Assert.Equal("count", Suggestions.Nearest("cuont", keys));
        Assert.Equal("speed", Suggestions.Nearest("Speed", keys));
        Assert.Null(Suggestions.Nearest("colour", keys));
    }

    [Fact]
    public void Without_a_close_name_the_valid_names_are_listed()
    {
        Assert.Equal("; did you mean 'pause'?", Suggestions.DidYouMean("pasue", ["pause", "lose-batch"]));
        Assert.Equal("; expected one of: pause, lose-batch", Suggestions.DidYouMean("stop", ["pause", "lose-batch"]));
        Assert.Equal("", Suggestions.DidYouMean("stop", []));
    }
}
