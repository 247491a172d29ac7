using Shortfall.Engine;
using Shortfall.Engine.Resources;
using Shortfall.Randomness;

namespace Shortfall.Tests.Engine;

/// <summary>
/// Long runs of M/M/c queues against closed forms. Waiting times of successive customers are
/// correlated, so the standard error comes from batch means: after a warm-up, the customers are
/// cut into 20 batches whose means are close to independent; the closed form must lie within
/// 4 standard errors of the grand mean (a false failure has probability below 1e-3 under the t distribution with 19 d.f.).
/// </summary>
public class QueueingTheoryTests
{
    private const int Batches = 20;
    private const int WarmUp = 20_000;
    private const int Customers = 400_000;

    [Fact]
    public void Mean_wait_in_an_MM1_queue_matches_rho_over_mu_minus_lambda()
    {
        const double lambda = 0.8, mu = 1.0;
        var run = new QueueRun(servers: 1, lambda, mu, seed: 1);
        AssertWithinBatchError(run.Waits, expected: lambda / mu / (mu - lambda));
    }

    [Fact]
    public void Mean_wait_in_an_MMc_queue_matches_Erlang_C()
    {
        const double lambda = 2.4, mu = 1.0;
        const int c = 3;
        var run = new QueueRun(c, lambda, mu, seed: 2);
        var offered = lambda / mu;
        var expected = ErlangC(c, offered) / (c * mu - lambda);
        AssertWithinBatchError(run.Waits, expected);
    }

    [Fact]
    public void Littles_law_holds_exactly_on_a_run_that_starts_and_ends_empty()
    {
        // Area under the number-in-system curve equals the sum of sojourn times when the system
        // starts and ends empty: L·T = Σ W, i.e. L = λW on the sample path, with no tolerance but rounding.
        var run = new QueueRun(servers: 2, lambda: 1.5, mu: 1.0, seed: 3, customers: 50_000);
        Assert.Equal(run.SojournSum, run.NumberInSystemArea, 6);
        var horizon = run.EndTime;
        var l = run.NumberInSystemArea / horizon;
        var lambdaHat = run.Sojourns.Count / horizon;
        var w = run.SojournSum / run.Sojourns.Count;
        Assert.Equal(l, lambdaHat * w, 9);
    }

    [Fact]
    public void Two_runs_with_the_same_seed_give_identical_traces_and_another_seed_does_not()
    {
        var first = new QueueRun(servers: 2, lambda: 1.5, mu: 1.0, seed: 9, customers: 2_000);
        var second = new QueueRun(servers: 2, lambda: 1.5, mu: 1.0, seed: 9, customers: 2_000);
        var other = new QueueRun(servers: 2, lambda: 1.5, mu: 1.0, seed: 10, customers: 2_000);
        Assert.Equal(first.Sojourns, second.Sojourns);
        Assert.NotEqual(first.Sojourns, other.Sojourns);
    }

    private static double ErlangC(int c, double offered)
    {
        double term = 1, sum = 0;
        for (var k = 0; k < c; k++)
        {
            sum += term;
            term *= offered / (k + 1);
        }
        var top = term / (1 - offered / c);
        return top / (sum + top);
    }

    private static void AssertWithinBatchError(IReadOnlyList<double> values, double expected)
    {
        var perBatch = (values.Count - WarmUp) / Batches;
        var means = Enumerable.Range(0, Batches)
            .Select(b => values.Skip(WarmUp + b * perBatch).Take(perBatch).Average())
            .ToArray();
        var grand = means.Average();
        var sd = Math.Sqrt(means.Sum(m => (m - grand) * (m - grand)) / (Batches - 1));
        var standardError = sd / Math.Sqrt(Batches);
        Assert.InRange(expected, grand - 4 * standardError, grand + 4 * standardError);
    }

    /// <summary>An M/M/c queue fed by <c>customers</c> Poisson arrivals, run until it empties.</summary>
    private sealed class QueueRun
    {
        private readonly Simulator _sim = new();
        private readonly Resource _servers;
        private readonly Exponential _service;
        private readonly RandomStream _serviceRandom;
        private double _lastChange;
        private int _inSystem;

        public QueueRun(int servers, double lambda, double mu, ulong seed, int customers = Customers)
        {
            var streams = new RandomStreams(seed, 0);
            _servers = new Resource(_sim, servers);
            _service = new Exponential(1 / mu);
            _serviceRandom = streams.Stream("service");
            _sim.Process(Arrivals(customers, new Exponential(1 / lambda), streams.Stream("arrivals")));
            _sim.Run();
            EndTime = _sim.Now;
        }

        public List<double> Waits { get; } = [];
        public List<double> Sojourns { get; } = [];
        public double SojournSum => Sojourns.Sum();
        public double NumberInSystemArea { get; private set; }
        public double EndTime { get; }

        private IEnumerable<Event> Arrivals(int customers, Exponential gap, RandomStream random)
        {
            for (var i = 0; i < customers; i++)
            {
                yield return _sim.Timeout(gap.Sample(random));
                _sim.Process(Customer());
            }
        }

        private IEnumerable<Event> Customer()
        {
            var arrived = _sim.Now;
            Count(+1);
            using (var server = _servers.Request())
            {
                yield return server;
                Waits.Add(_sim.Now - arrived);
                yield return _sim.Timeout(_service.Sample(_serviceRandom));
            }
            Sojourns.Add(_sim.Now - arrived);
            Count(-1);
        }

        private void Count(int change)
        {
            var elapsed = _sim.Now - _lastChange;
            NumberInSystemArea += _inSystem * elapsed;
            _lastChange = _sim.Now;
            _inSystem += change;
        }
    }
}
