using Shortfall.Model;
using Shortfall.Model.Definition;
using Shortfall.Randomness;

namespace Shortfall.Tests.Model.Supplies;

/// <summary>Inputs of batches a power cut loses are booked as lost, and stay part of what was consumed.</summary>
public class LostInCutBatchesTests
{
    [Fact]
    public void An_outage_every_ten_hours_loses_one_batch_in_five_and_its_beans()
    {
        // Up 9 h, down 1 h from midnight: each 10 h the line runs 2 h batches at +0, +2, +4, +6 and
        // loses the one started at +8 at +9. 240 h = 24 cycles: 96 batches made, 24 lost, 10 kg each.
        var scenario = TestPlant.Baseline(days: 10) with
        {
            Power = new PowerSupply(100, [new SupplySeason(Enumerable.Range(1, 12).ToHashSet(), [TestPlant.AllDay])],
                new Outages(new Constant(9), new Constant(1)), null, PowerLossPolicy.LoseBatch),
            Lines = [new ProductionLine("line", null, TestPlant.Recipe(10, 100, 2, 10), "always")],
            Destinations = [],
        };
        var result = PlantSimulation.Run(scenario, new RandomStreams(1, 0));
        Assert.Equal((96 * 100.0, 24), (result.Products[0].Produced, result.Products[0].BatchesLost));
        Assert.Equal((120 * 10.0, 24 * 10.0), (result.Materials[0].Consumed, result.Materials[0].LostInCutBatches));
    }

    [Fact]
    public void A_line_that_draws_nothing_loses_no_batch_when_the_outage_cuts_the_others()
    {
        // As above, beside a second line of the same recipe at 0 kW: a blackout stops no machine that draws
        // nothing, so it runs a batch every 2 h throughout while the powered line loses its 24. Its 120th batch ends at 240 h,
        // the horizon's end, which stops the run first: 119 made.
        var scenario = TestPlant.Baseline(days: 10) with
        {
            Power = new PowerSupply(100, [new SupplySeason(Enumerable.Range(1, 12).ToHashSet(), [TestPlant.AllDay])],
                new Outages(new Constant(9), new Constant(1)), null, PowerLossPolicy.LoseBatch),
            Lines = [new ProductionLine("powered", null, TestPlant.Recipe(10, 100, 2, 10), "always"),
                new ProductionLine("manual", null, TestPlant.Recipe(10, 100, 2, 0), "always")],
            Destinations = [],
        };
        var result = PlantSimulation.Run(scenario, new RandomStreams(1, 0));
        Assert.Equal(((96 + 119) * 100.0, 24), (result.Products[0].Produced, result.Products[0].BatchesLost));
    }
}
