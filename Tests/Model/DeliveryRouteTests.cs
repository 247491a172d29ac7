using Shortfall.Model;
using Shortfall.Model.Definition;
using Shortfall.Model.Results;
using Shortfall.Randomness;

namespace Shortfall.Tests.Model;

/// <summary>Routes, fuel per km, receiving hours and dispatch order, on plants worked out by hand.</summary>
public class DeliveryRouteTests
{
    private static readonly WorkCalendar Driver = TestPlant.Calendar("driver", new DailyWindow(8, 17));
    private static readonly WorkCalendar Morning = TestPlant.Calendar("morning", new DailyWindow(8, 13));

    private static ReplicationResult Run(Scenario scenario, Shortfall.Model.Tracing.ITraceSink? trace = null) =>
        PlantSimulation.Run(scenario, new RandomStreams(1, 0), trace);

    /// <summary>Three schools due east of the plant at 2, 4 and 6 km; a truck on duty 08:00–17:00 burning 25 L per 100 km.</summary>
    private static Scenario ThreeSchoolsInALine(int days, double perTrip = 0)
    {
        var baseline = TestPlant.Baseline(days);
        return baseline with
        {
            Calendars = [.. baseline.Calendars, Driver, Morning],
            Materials = [.. baseline.Materials, new Material("diesel", "L", 1e6, double.PositiveInfinity)],
            Carriers = [TestPlant.Truck() with { Calendar = "driver", Fuel = new FuelUse("diesel", perTrip, 0.25) }],
            Destinations = [.. new[] { 6.0, 2.0, 4.0 }.Select(km =>
                TestPlant.School($"east-{km}", distanceKm: km) with { Calendar = "morning", Position = new Location(km, 0) })],
        };
    }

    [Fact]
    public void One_truck_calls_at_three_schools_on_one_round_trip_a_day_nearest_first_and_burns_fuel_per_km()
    {
        // 2 + 2 + 2 km out and 6 km back: 12 km a day, 25 L / 100 km → 3 L a day (plus 1 L a trip when per_trip is 1 L).
        const int days = 10;
        var result = Run(ThreeSchoolsInALine(days));
        Assert.Equal(days, result.Carriers[0].Trips);
        Assert.Equal(3 * days, result.Carriers[0].Stops);
        Assert.Equal(12.0 * days, result.Carriers[0].DistanceKm, 9);
        Assert.Equal(3.0 * days, result.Materials[1].Consumed, 9);
        Assert.All(result.Destinations, d => Assert.Equal(days, d.Deliveries));

        var withPerTrip = Run(ThreeSchoolsInALine(days, perTrip: 1));
        Assert.Equal(4.0 * days, withPerTrip.Materials[1].Consumed, 9);
    }

    [Fact]
    public void Stops_are_made_nearest_first_whatever_the_order_of_the_file()
    {
        var trace = new RecordedEvents();
        Run(ThreeSchoolsInALine(days: 1), trace);
        Assert.Equal(["east-2", "east-4", "east-6"], trace.Deliveries.Select(d => d.Destination));
        // Leaving at 08:00 at 10 km/h with no handling time: 2 km takes 0.2 h.
        Assert.Equal([8.2, 8.4, 8.6], trace.Deliveries.Select(d => Math.Round(d.Time, 9)));
    }

    [Fact]
    public void A_route_between_positioned_schools_follows_the_straight_line_times_the_detour_of_the_roads_from_the_plant()
    {
        // Schools at (3, 0) and (0, 4): straight lines 3 and 4 km, roads 6 and 8 km, so the detour is 14 / 7 = 2,
        // the leg between them 2 × 5 = 10 km, and the route 6 + 10 + 8 = 24 km.
        var scenario = ThreeSchoolsInALine(days: 1) with
        {
            Destinations =
            [
                TestPlant.School("a", distanceKm: 6) with { Calendar = "morning", Position = new Location(3, 0) },
                TestPlant.School("b", distanceKm: 8) with { Calendar = "morning", Position = new Location(0, 4) },
            ],
        };
        var result = Run(scenario);
        Assert.Equal(1, result.Carriers[0].Trips);
        Assert.Equal(24, result.Carriers[0].DistanceKm, 9);
    }

    [Fact]
    public void A_destination_takes_loads_only_in_its_receiving_hours()
    {
        // 10 km at 10 km/h: leaving at 08:00 the truck arrives at 09:00, when a school open 08:00–09:00 has closed.
        const int days = 5;
        var scenario = ThreeSchoolsInALine(days) with
        {
            Calendars = [TestPlant.Calendar("always"), Driver, TestPlant.Calendar("early", new DailyWindow(8, 9))],
            Destinations = [TestPlant.School("far", distanceKm: 10) with { Calendar = "early" }],
        };
        var result = Run(scenario);
        Assert.Equal(0, result.Destinations[0].Deliveries);
        Assert.Equal(0, result.Carriers[0].Trips);
        // No carrier could reach it in its hours on any day: the days go to the carrier.
        Assert.Equal(days, result.Destinations[0].MissedDays[(int)MissCause.Carrier]);

        var open = scenario with { Calendars = [TestPlant.Calendar("always"), Driver, TestPlant.Calendar("early", new DailyWindow(8, 13))] };
        var trace = new RecordedEvents();
        Assert.Equal(days, Run(open, trace).Destinations[0].Deliveries);
        Assert.All(trace.Deliveries, d => Assert.InRange(d.Time % 24, 8, 13));
    }

    [Fact]
    public void A_carrier_that_arrives_before_opening_waits_at_the_gate()
    {
        // Parents on duty 06:30–07:00 walk 1 km at 4 km/h and hand over when the school opens at 08:00.
        var baseline = ThreeSchoolsInALine(days: 3);
        var scenario = baseline with
        {
            Calendars = [.. baseline.Calendars, TestPlant.Calendar("dawn", new DailyWindow(6.5, 7))],
            Carriers = [new Carrier("parents", 1, 100, 4, new Constant(0), "dawn", null, null, [])],
            Destinations = [TestPlant.School("near", distanceKm: 1) with { Calendar = "morning" }],
        };
        var trace = new RecordedEvents();
        Assert.Equal(3, Run(scenario, trace).Destinations[0].Deliveries);
        Assert.All(trace.Deliveries, d => Assert.Equal(8, d.Time % 24, 9));
    }

    [Fact]
    public void A_delivery_under_the_full_quantity_counts_if_it_meets_the_minimum_but_is_not_a_full_ration()
    {
        // One 40 L batch a day (power 08:00–09:00, 1 h batches); the school wants 50 L, at least 25 L.
        const int days = 30;
        var baseline = TestPlant.Baseline(days);
        var scenario = baseline with
        {
            Calendars = [.. baseline.Calendars, Driver],
            Power = new PowerSupply(100, [new SupplySeason(Enumerable.Range(1, 12).ToHashSet(), [new DailyWindow(8, 9)])], null, null, PowerLossPolicy.Pause),
            Lines = [new ProductionLine("line", null, TestPlant.Recipe(beans: 10, litres: 40, hours: 1, kw: 10), "always")],
            Carriers = [TestPlant.Truck() with { Calendar = "driver" }],
            Destinations = [TestPlant.School("school", quantity: 50, minimum: 25)],
        };
        var month = Assert.Single(Run(scenario).DestinationMonths);
        Assert.Equal(days, month.Deliveries);
        Assert.Equal(days, month.OpenDays);
        Assert.Equal(0, month.FullRationDays);
        Assert.Equal(40.0 * days, month.Quantity, 9);

        var wantsForty = scenario with { Destinations = [TestPlant.School("school", quantity: 40, minimum: 25)] };
        Assert.Equal(days, Assert.Single(Run(wantsForty).DestinationMonths).FullRationDays);
    }

    [Fact]
    public void Most_overdue_first_does_not_favour_the_destination_listed_first()
    {
        // Four schools at equal distance and milk for three a day: who is left out each day must not depend on
        // the order of the file. Listing the schools the other way round gives every school the same deliveries.
        const int days = 40;
        var baseline = TestPlant.Baseline(days);
        var scenario = baseline with
        {
            Calendars = [.. baseline.Calendars, Driver],
            Power = new PowerSupply(100, [new SupplySeason(Enumerable.Range(1, 12).ToHashSet(), [new DailyWindow(6, 7)])], null, null, PowerLossPolicy.Pause),
            Lines = [new ProductionLine("line", null, TestPlant.Recipe(beans: 10, litres: 150, hours: 1, kw: 10), "always")],
            Products = [new Product("milk", "L", 24, double.PositiveInfinity)],
            Carriers = [TestPlant.Truck() with { Calendar = "driver" }],
            Destinations = [.. Enumerable.Range(1, 4).Select(i => TestPlant.School($"school-{i}", distanceKm: 3))],
            Dispatch = DispatchRule.MostOverdueFirst,
        };
        var forward = Run(scenario);
        var reversed = Run(scenario with { Destinations = [.. scenario.Destinations.Reverse()] });
        Assert.Equal(3 * days, forward.Destinations.Sum(d => d.Deliveries));
        var byName = scenario.Destinations.Select((d, i) => (d.Name, forward.Destinations[i].Deliveries)).ToDictionary();
        var reversedByName = scenario.Destinations.Reverse().Select((d, i) => (d.Name, reversed.Destinations[i].Deliveries)).ToDictionary();
        Assert.Equal(byName, reversedByName);
        Assert.All(forward.Destinations, d => Assert.InRange(d.Deliveries, 3 * days / 4 - 1, 3 * days / 4 + 1));
    }

    [Fact]
    public void A_carrier_kind_with_no_units_changes_nothing_whatever_its_calendar()
    {
        // The truck works 08:00-17:00 and runs out of diesel: its missed days are fuel's. Parents with no units,
        // on duty all day or only with the driver, must not add night hours in which the truck is off duty.
        var baseline = TestPlant.Baseline(days: 30);
        var scenario = baseline with
        {
            Calendars = [.. baseline.Calendars, Driver],
            Materials = [.. baseline.Materials, new Material("diesel", "L", 40, double.PositiveInfinity)],
            Carriers =
            [
                TestPlant.Truck() with { Calendar = "driver", Fuel = new FuelUse("diesel", 4, 0) },
                new Carrier("parents", 0, 100, 4, new Constant(0), "driver", null, null, []),
            ],
        };
        var withDriver = Run(scenario).Destinations[0];
        var allDay = Run(scenario with { Carriers = [scenario.Carriers[0], scenario.Carriers[1] with { Calendar = "always" }] }).Destinations[0];
        Assert.Equal(10, withDriver.Deliveries);
        Assert.Equal(20, withDriver.MissedDays[(int)MissCause.Fuel]);
        Assert.Equal(withDriver.MissedDays, allDay.MissedDays);
    }
}
