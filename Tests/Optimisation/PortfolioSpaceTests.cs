using Shortfall.Analysis.Optimisation;

namespace Shortfall.Tests.Optimisation;

public sealed class PortfolioSpaceTests
{
    private static readonly Lever[] Levers =
    [
        new("trucks", 5.0, 3, []),
        new("parents", 2.0, 1, ["fuel"]),
        new("fuel", 1.0, 1, []),
    ];

    [Fact]
    public void Every_portfolio_within_the_budget_is_listed_once_and_none_over_it()
    {
        var portfolios = PortfolioSpace.WithinBudget(Levers, 11.0, 1000)!;
        // Brute force over all 4 × 2 × 2 unit choices.
        var expected = 0;
        for (var t = 0; t <= 3; t++)
        {
            for (var p = 0; p <= 1; p++)
            {
                for (var f = 0; f <= 1; f++)
                {
                    if (5.0 * t + 2.0 * p + f <= 11.0 && !(p == 1 && f == 1))
                    {
                        expected++;
                    }
                }
            }
        }
        Assert.Equal(expected, portfolios.Count);
        Assert.All(portfolios, p => Assert.True(p.Cost <= 11.0));
        Assert.Equal(portfolios.Count, portfolios.Select(p => string.Join(",", p.Units)).Distinct().Count());
        Assert.Contains(portfolios, p => p.IsBaseline);
        Assert.DoesNotContain(portfolios, p => p.Units[1] == 1 && p.Units[2] == 1);
    }

    [Fact]
    public void More_portfolios_than_the_limit_give_null()
    {
        Assert.Null(PortfolioSpace.WithinBudget(Levers, 100.0, 5));
        Assert.NotNull(PortfolioSpace.WithinBudget(Levers, 100.0, 12));
    }

    [Fact]
    public void Names_list_the_bought_levers_with_their_units()
    {
        Assert.Equal("trucks×2+fuel", new Portfolio([2, 0, 1], 11.0).Name(Levers));
        Assert.Equal("baseline", new Portfolio([0, 0, 0], 0.0).Name(Levers));
    }
}
