using Shortfall.Model.Definition;
using Shortfall.Randomness;

namespace Shortfall.Tests.Model;

/// <summary>
/// A small plant whose every part can be switched on in a test: by default power is always on,
/// supplies are unlimited, one line makes 100 L of milk per 1 h batch, and one truck with instant
/// trips serves one school open every day. Tests change what they examine with <c>with</c>.
/// </summary>
internal static class TestPlant
{
    public static readonly DateOnly Start = new(2021, 4, 1);

    public static readonly DailyWindow AllDay = new(0, 24);

    public static WorkCalendar Calendar(string name, params DailyWindow[] windows) =>
        new(name, Enum.GetValues<DayOfWeek>().ToHashSet(), windows, []);

    public static Scenario Baseline(int days = 30) => new(
        Name: "test",
        Description: "",
        Horizon: new Horizon(Start, Start.AddDays(days)),
        Calendars: [Calendar("always")],
        Power: new PowerSupply(100, [new SupplySeason(Enumerable.Range(1, 12).ToHashSet(), [AllDay])], null, null, PowerLossPolicy.Pause),
        Materials: [new Material("beans", "kg", 1e12, double.PositiveInfinity)],
        Allocations: [],
        Products: [new Product("milk", "L", double.PositiveInfinity, double.PositiveInfinity)],
        Lines: [new ProductionLine("line", null, Recipe(beans: 10, litres: 100, hours: 1, kw: 10), "always")],
        Carriers: [Truck()],
        Destinations: [School("school")],
        Dispatch: DispatchRule.RoundRobin,
        Equipment: [],
        Currency: "won");

    public static Recipe Recipe(double beans, double litres, double hours, double kw) =>
        new(new Dictionary<string, double> { ["beans"] = beans }, "milk", litres, new Constant(hours), kw);

    public static Carrier Truck(int count = 1, double capacity = 1000, double distanceHours = 0) =>
        new("truck", count, capacity, SpeedKmPerHour: 10, HandlingHours: new Constant(distanceHours), "always", null, null, []);

    public static Destination School(string name, double quantity = 50, double minimum = 50, double distanceKm = 0) =>
        new(name, "milk", People: 100, quantity, minimum, "always", new DeliveryTarget(null), distanceKm);
}
