using System.Text.Json;
using Shortfall.Model;
using Shortfall.Model.Results;
using Shortfall.Randomness;

namespace Shortfall.Tests.Model.Power;

/// <summary>
/// While no one hears the grid, its process sleeps and the network works the grid's state out when read; a trace hears
/// every change, so a traced run follows them all. Both ways must give the same results, on random plants without a
/// generator (one on standby hears the grid throughout), and the untraced run must have slept: fewer events.
/// </summary>
public class GridAsleepTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    public void A_grid_that_sleeps_while_unheard_gives_the_results_of_one_that_follows_every_change(int seed)
    {
        var plant = ConservationTests.RandomPlant(new RandomStream((ulong)seed));
        plant = plant with { Power = plant.Power with { Generator = null } };
        var asleep = PlantSimulation.Run(plant, new RandomStreams((ulong)seed, 0));
        var followed = PlantSimulation.Run(plant, new RandomStreams((ulong)seed, 0), new RecordedEvents());
        Assert.True(asleep.Events < followed.Events, $"{asleep.Events} events asleep, {followed.Events} following: the grid never slept");
        Assert.Equal(Json(followed), Json(asleep));
    }

    private static string Json(ReplicationResult result) => JsonSerializer.Serialize(result with { Events = 0 },
        new JsonSerializerOptions { IncludeFields = true, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals });
}
