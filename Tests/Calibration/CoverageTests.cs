using Shortfall.Analysis.Calibration;
using Shortfall.Configuration.Calibration;
using Shortfall.Randomness;
using Xunit;

namespace Shortfall.Tests.Calibration;

/// <summary>
/// Simulation-based calibration (Cook, Gelman and Rubin 2006; Talts et al. 2018): draw a true availability from the
/// prior, draw the observation from the model at it, calibrate, and see whether the central 80 % credible interval covers
/// the truth. If the posterior is right, it does so in exactly 80 % of the draws; over <see cref="Draws"/> draws the count
/// is binomial, and the test allows 3.5 of its standard deviations.
/// </summary>
public sealed class CoverageTests
{
    private const int Draws = 200;
    private const int Days = 20;
    private const double Level = 0.8;

    [Fact]
    public void Central_credible_intervals_cover_the_true_availability_at_their_nominal_rate()
    {
        var covered = 0;
        for (var draw = 0; draw < Draws; draw++)
        {
            var random = new RandomStreams(2026, draw).Stream("truth");
            var truth = random.NextDouble();
            var observed = Enumerable.Range(0, Days).Count(_ => random.NextDouble() < truth);
            var model = new BinomialModel(Days, observed, 1);
            var outcome = AbcSmc.Run([new UniformPrior(0, 1)], model.Simulate, new AbcSettings(100, 10, null, Seed: (ulong)draw, Threads: 1));

            Assert.Equal(0, outcome.Posterior.Tolerance);
            var low = Posterior.Quantile(outcome.Posterior, (1 - Level) / 2);
            var high = Posterior.Quantile(outcome.Posterior, (1 + Level) / 2);
            if (truth >= low && truth <= high)
            {
                covered++;
            }
        }

        var spread = 3.5 * Math.Sqrt(Draws * Level * (1 - Level));
        Assert.InRange(covered, Draws * Level - spread, Draws * Level + spread);
    }
}
