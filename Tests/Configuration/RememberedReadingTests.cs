using Shortfall.Configuration.Binding;
using Shortfall.Configuration.Schema;
using Shortfall.Configuration.Units;
using Shortfall.Configuration.Yaml;

namespace Shortfall.Tests.Configuration;

/// <summary>
/// A scalar keeps what the binder read it as, for the next binding of the same tree; the reading is reused only where it would come
/// out the same: the same shape, the same units (money is read in the file's currency), and never for names the file must declare.
/// </summary>
public class RememberedReadingTests
{
    private static readonly QuantityShape Money = new(Dimension.Money, Bound.NonNegative);

    private static ScalarNode Scalar(string text) => new(Position.FileStart, text, quoted: false);

    [Fact]
    public void A_node_read_again_as_the_same_shape_gives_the_same_value()
    {
        var node = Scalar("2.5 h");
        var shape = new QuantityShape(Dimension.Time, Bound.Positive);
        Assert.True(Contexts.Won().TryRead(shape, node, "p", out var first));
        Assert.True(Contexts.Won().TryRead(shape, node, "p", out var second));
        Assert.Equal((2.5, 2.5), (first, second));
    }

    [Fact]
    public void Money_read_in_one_currency_is_read_afresh_in_another()
    {
        var node = Scalar("400 won");
        Assert.True(Contexts.Won().TryRead(Money, node, "cost", out var cost));
        Assert.Equal(400, cost);

        var usd = Contexts.In("usd", "{}");
        Assert.False(usd.TryRead(Money, node, "cost", out _));
        Assert.Contains("usd", Assert.Single(usd.Diagnostics.Sorted()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_is_checked_against_each_files_declarations()
    {
        var node = Scalar("plant-shift");
        var calendar = new ReferenceShape(NameKind.Calendar);
        Assert.True(Contexts.In("won", "calendars: {plant-shift: {}}").TryRead(calendar, node, "calendar", out _));

        var other = Contexts.In("won", "calendars: {night-shift: {}}");
        Assert.False(other.TryRead(calendar, node, "calendar", out _));
        Assert.Contains("unknown calendar 'plant-shift'", Assert.Single(other.Diagnostics.Sorted()).Message, StringComparison.Ordinal);
    }
}
