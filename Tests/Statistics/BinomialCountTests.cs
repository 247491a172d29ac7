using Shortfall.Analysis.Statistics;
using Shortfall.Randomness;

namespace Shortfall.Tests.Statistics;

public class BinomialCountTests
{
    [Fact]
    public void It_counts_successes_and_trials_and_estimates_their_wilson_interval()
    {
        var count = new BinomialCount();
        foreach (var success in new[] { true, false, false, true, false })
            count.Add(success);
        Assert.Equal(2, count.Successes);
        Assert.Equal(5, count.Trials);
        Assert.Equal(WilsonInterval.Create(2, 5, 0.9), count.Estimate(0.9));
    }

    [Fact]
    public void Merging_parts_in_any_order_equals_counting_sequentially()
    {
        var random = new RandomStream(51);
        var outcomes = Enumerable.Range(0, 1000).Select(_ => random.NextDouble() < 0.2).ToArray();
        var sequential = new BinomialCount();
        foreach (var o in outcomes)
            sequential.Add(o);
        var merged = new BinomialCount();
        foreach (var part in outcomes.Chunk(77).Reverse())
        {
            var count = new BinomialCount();
            foreach (var o in part)
                count.Add(o);
            merged.Merge(count);
        }
        Assert.Equal(sequential.Successes, merged.Successes);
        Assert.Equal(sequential.Trials, merged.Trials);
    }

    [Fact]
    public void A_proportion_without_trials_has_no_estimate()
    {
        Assert.Throws<InvalidOperationException>(() => new BinomialCount().Estimate());
    }
}
