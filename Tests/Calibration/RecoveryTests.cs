using Shortfall.Analysis.Calibration;
using Shortfall.Configuration;
using Shortfall.Configuration.Calibration;
using Shortfall.Randomness;
using Xunit.Abstractions;

namespace Shortfall.Tests.Calibration;

/// <summary>
/// Simulation-based calibration on the factory model itself (Cook, Gelman and Rubin 2006; Talts et al. 2018): in each draw a true
/// mean time between power outages is drawn from the prior of recovery-plant.yaml, the plant runs one replication at it, and the
/// observation is that replication's deliveries per destination-month plus the uniform error the observation states (so the data
/// come from exactly the model the calibration assumes). The calibration runs until its tolerance is 0, where ABC's posterior is the
/// exact one for that error (<see cref="IntervalError"/>); a central credible interval at level L must then cover the truth in a
/// share L of the draws. The count of covering draws is Binomial(draws, L) if it does, and the test allows 3.5 of its standard
/// deviations (a false alarm about once in 2,000 runs per level). Draws and particles are few to keep the test to seconds, so the
/// check is coarse (at L = 0.8 it allows 64 ± 12.5 of 80), but a posterior that ignored the observation or collapsed onto one value
/// would fail it.
/// </summary>
public sealed class RecoveryTests(ITestOutputHelper output)
{
    private const int Draws = 80;
    private const int Particles = 30;
    private const double HalfWidth = 1;

    [Fact]
    public void Credible_intervals_of_the_outage_frequency_cover_the_value_the_observation_was_drawn_at_at_their_nominal_rate()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Calibration", "recovery-plant.yaml");
        var content = File.ReadAllBytes(path);
        var file = ScenarioLoader.Load(content, path);
        var input = Assert.Single(file.Uncertain);
        Assert.Equal("power.outages.up.mean", input.Path);
        var truths = new double[Draws];
        var posteriors = new Generation[Draws];
        Parallel.For(0, Draws, draw =>
        {
            var random = new RandomStreams(2028, draw).Stream("truth");
            var truth = input.Prior.Sample(random);
            var seen = new ScenarioModel(content, path, file.Uncertain, file.Observations, 1).Simulate([truth], random.NextUInt64()).Statistics[0];
            var observed = seen + HalfWidth * (2 * random.NextDouble() - 1);
            var error = new IntervalError(observed - HalfWidth, observed + HalfWidth, "");
            Observation[] observation = [new("deliveries", ObservedOutput.DeliveriesPerDestinationMonth, [], observed, error)];
            var model = new ScenarioModel(content, path, file.Uncertain, observation, 1);
            truths[draw] = truth;
            posteriors[draw] = AbcSmc.Run([input.Prior], model.Simulate, new AbcSettings(Particles, 10, null, Seed: (ulong)draw, Threads: 1)).Posterior;
        });

        Assert.All(posteriors, p => Assert.Equal(0, p.Tolerance));
        foreach (var level in new[] { 0.5, 0.8 })
        {
            var covered = Enumerable.Range(0, Draws).Count(d =>
                truths[d] >= Posterior.Quantile(posteriors[d], (1 - level) / 2) && truths[d] <= Posterior.Quantile(posteriors[d], (1 + level) / 2));
            output.WriteLine($"{level:P0} intervals covered the truth in {covered} of {Draws} draws");
            var spread = 3.5 * Math.Sqrt(Draws * level * (1 - level));
            Assert.InRange(covered, Draws * level - spread, Draws * level + spread);
        }
    }
}
