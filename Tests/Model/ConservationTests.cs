using Shortfall.Model;
using Shortfall.Model.Definition;
using Shortfall.Randomness;

namespace Shortfall.Tests.Model;

/// <summary>
/// Conservation in every replication of randomly drawn plants: supplies received = consumed + in
/// stock; what cut batches lost is the inputs of the batches lost, and part of what was consumed;
/// product made = delivered + spoiled + in stock; no destination gets more deliveries than
/// target days; blocked hours never exceed the line-hours of the horizon.
/// </summary>
public class ConservationTests
{
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(0, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Material_and_product_are_conserved_in_a_random_plant(int seed)
    {
        var scenario = RandomPlant(new RandomStream((ulong)seed));
        var result = PlantSimulation.Run(scenario, new RandomStreams((ulong)seed, 0));
        const double tolerance = 1e-6;
        foreach (var m in result.Materials)
        {
            Assert.Equal(m.Received, m.Consumed + m.InStock, tolerance * Math.Max(1, m.Received));
            Assert.True(m.InStock >= 0 && m.Consumed >= 0 && m.Refused >= 0);
            Assert.InRange(m.LostInCutBatches, 0, m.Consumed + tolerance);
        }
        var line = scenario.Lines[0];
        var lost = result.Products[0].BatchesLost;
        Assert.Equal(lost * line.Recipe.Inputs["beans"], result.Materials[0].LostInCutBatches, tolerance);
        Assert.Equal(0, result.Materials[1].LostInCutBatches);
        if (scenario.Power.OnPowerLoss == PowerLossPolicy.Pause)
        {
            Assert.Equal(0, lost);
        }
        foreach (var p in result.Products)
        {
            Assert.Equal(p.Produced, p.Delivered + p.Spoiled + p.InStock, tolerance * Math.Max(1, p.Produced));
        }
        foreach (var d in result.Destinations)
        {
            Assert.InRange(d.Deliveries, 0, d.TargetDays);
            Assert.Equal(d.TargetDays - d.Deliveries, d.MissedDays.Sum());
        }
        var lineHours = scenario.Lines.Count * scenario.Horizon.Hours;
        Assert.InRange(result.BlockedHours.Sum(), 0, lineHours + tolerance);
        Assert.Equal(result.Destinations.Sum(d => d.Deliveries), result.DestinationMonths.Sum(m => m.Deliveries));
    }

    /// <summary>A plant with every mechanism switched on and its numbers drawn at random.</summary>
    internal static Scenario RandomPlant(RandomStream r)
    {
        double U(double low, double high) => low + (high - low) * r.NextDouble();
        var shift = TestPlant.Calendar("shift", new DailyWindow(8, 17));
        var school = new WorkCalendar("school", new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday,
            DayOfWeek.Friday, DayOfWeek.Saturday },
            [], [new DateRange(TestPlant.Start.AddDays(20), TestPlant.Start.AddDays(25))]);
        var windows = new List<DailyWindow> { new(U(0, 6), U(7, 11)), new(U(12, 16), U(17, 23)) };
        var materials = new List<Material>
        {
            new("beans", "kg", U(0, 500), U(600, 3000)),
            new("diesel", "L", U(0, 100), 500),
        };
        var schools = Enumerable.Range(0, 1 + r.NextInt(6))
            .Select(i => new Destination($"s{i}", "milk", 200, U(20, 80), U(5, 20), "school", new DeliveryTarget(null), U(1, 20)))
            .ToList();
        var plant = TestPlant.Baseline(days: 90) with
        {
            Calendars = [TestPlant.Calendar("always"), shift, school],
            Power = new PowerSupply(U(10, 40), [new SupplySeason(Enumerable.Range(1, 12).ToHashSet(), windows)],
                new Outages(new Exponential(U(2, 20)), new LogNormal(U(1, 6), U(0.5, 3))),
                new Generator(U(5, 30), "diesel", U(1, 5)),
                r.NextInt(2) == 0 ? PowerLossPolicy.Pause : PowerLossPolicy.LoseBatch),
            Materials = materials,
            Allocations =
            [
                new Allocation("beans", U(500, 4000), TestPlant.Start.AddDays(r.NextInt(60)), new Exponential(U(24, 240)), new Uniform(0.3, 1), 0.8, "milk"),
                new Allocation("diesel", U(50, 400), TestPlant.Start.AddDays(r.NextInt(60)), null, null, 0.9, null),
            ],
            Products = [new Product("milk", "L", U(6, 72), U(200, 2000))],
            Lines = [new ProductionLine("line", "milk", new Recipe(new Dictionary<string, double> { ["beans"] = U(5, 50) }, "milk", U(50, 400),
                new Triangular(1, 2, 4), U(5, 15)), "shift")],
            Carriers =
            [
                new Carrier("truck", 1 + r.NextInt(2), U(100, 600), U(15, 40), new Constant(0.5), "shift", new FuelUse("diesel", U(2, 10), 0),
                    new Breakdowns(new Exponential(U(10, 100)), new LogNormal(U(4, 24), U(2, 8))), []),
                new Carrier("parents", r.NextInt(4), U(20, 60), 4, new Uniform(0.2, 1), "school", null, null, []),
            ],
            Destinations = schools,
            Dispatch = r.NextInt(2) == 0 ? DispatchRule.RoundRobin : DispatchRule.MostOverdueFirst,
            Equipment = [new ServiceEquipment("computers", 2, 0.3, "shift", new Exponential(U(5, 50)), new Constant(1))],
        };
        // Drawn last, so that the plants drawn before rationing existed are unchanged.
        var ration = r.NextInt(2) == 0 ? RationRule.None : RationRule.UntilNextAllocation;
        var reserve = U(0, 50);
        var make = r.NextInt(2) == 0 ? MakeRule.ToStock : MakeRule.ForUse;
        return plant with
        {
            Materials = [materials[0] with { Ration = ration }, materials[1]],
            Products = [plant.Products[0] with { Make = make }],
            Power = plant.Power with { Generator = plant.Power.Generator! with { ReserveFuel = reserve } },
        };
    }
}
