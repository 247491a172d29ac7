using Shortfall.Model;
using Shortfall.Model.Definition;
using Shortfall.Model.Power;
using Shortfall.Randomness;

namespace Shortfall.Tests.Model.Power;

/// <summary>
/// The outage clock answers "which outages are not over at this time" the same whatever was asked before: checked against
/// the outages drawn in one go from the same stream, for questions at random times (short steps and long looks away, after
/// which a fresh draw can be over already) and random depths ahead.
/// </summary>
public class OutageClockTests
{
    private static readonly Outages Outages = new(new Exponential(4), new LogNormal(1.5, 1));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void The_outages_ahead_of_a_time_are_the_streams_outages_not_over_by_then(int seed)
    {
        var drawn = Drawn(new RandomStream((ulong)seed), 2000 * 24.0);
        var clock = new OutageClock(Outages, new RandomStream((ulong)seed), start: 0);
        var questions = new RandomStream((ulong)seed + 1000);
        for (var time = 0.0; time < 1900 * 24.0;)
        {
            var index = questions.NextInt(4);
            var expected = drawn.Where(o => o.End > time).ElementAt(index);
            Assert.Equal(expected, clock.Ahead(time, index));
            Assert.Equal(drawn.Any(o => o.Start <= time && time < o.End), clock.IsUnderWay(time));
            // Mostly a few hours on, now and then a fortnight: longer than many outages together.
            time += questions.NextDouble() < 0.05 ? 14 * 24.0 : questions.NextDouble() * 6;
        }
    }

    /// <summary>Outages alternating with up-times from time 0, drawn in turn until one ends past <paramref name="until"/>.</summary>
    private static List<(double Start, double End)> Drawn(RandomStream random, double until)
    {
        var drawn = new List<(double Start, double End)>();
        for (var end = 0.0; end < until;)
        {
            var start = end + Outages.Up.SampleDuration(random);
            end = start + Outages.Down.SampleDuration(random);
            drawn.Add((start, end));
        }
        return drawn;
    }
}
