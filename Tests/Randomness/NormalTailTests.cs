using Shortfall.Randomness;
using Reference = MathNet.Numerics.Distributions.Normal;

namespace Shortfall.Tests.Randomness;

/// <summary>
/// The ziggurat has three paths (the rectangles, the wedges, and the tail beyond 3.4426);
/// a KS test barely sees the tail, so bin finely there and compare counts with chi-square.
/// </summary>
public sealed class NormalTailTests
{
    private const int SampleCount = 4_000_000;

    private static readonly double[] Edges =
        [-4.5, -4, -3.7, -3.442619855899, -3, -2.5, -2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 2.5, 3, 3.442619855899, 3.7, 4, 4.5];

    [Fact]
    public void Standard_normal_counts_in_bins_reaching_into_both_tails_pass_a_chi_square_test()
    {
        var distribution = new Normal(0, 1);
        var random = new RandomStream(77);
        var observed = new long[Edges.Length + 1];
        for (var i = 0; i < SampleCount; i++)
        {
            var bin = Array.BinarySearch(Edges, distribution.Sample(random));
            observed[bin < 0 ? ~bin : bin]++;
        }
        var probabilities = new double[observed.Length];
        for (var b = 0; b < probabilities.Length; b++)
        {
            var upper = b < Edges.Length ? Reference.CDF(0, 1, Edges[b]) : 1.0;
            var lower = b > 0 ? Reference.CDF(0, 1, Edges[b - 1]) : 0.0;
            probabilities[b] = upper - lower;
        }
        SampleChecks.ChiSquareAccepts(observed, probabilities);
    }

    [Theory]
    [InlineData(3.442619855899)]
    [InlineData(4.5)]
    public void The_count_beyond_a_tail_threshold_is_within_four_binomial_standard_errors(double threshold)
    {
        // Chi-square alone lets a nearly empty far-tail bin pass, since its expected count is small.
        var distribution = new Normal(0, 1);
        var random = new RandomStream(78);
        var beyond = 0;
        for (var i = 0; i < SampleCount; i++)
        {
            if (Math.Abs(distribution.Sample(random)) > threshold)
            {
                beyond++;
            }
        }
        var p = 2 * Reference.CDF(0, 1, -threshold);
        var expected = SampleCount * p;
        var tolerance = SampleChecks.StandardErrors * Math.Sqrt(SampleCount * p * (1 - p));
        Assert.InRange(beyond, expected - tolerance, expected + tolerance);
    }
}
