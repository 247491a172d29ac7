namespace Shortfall.Tests.Configuration;

/// <summary>A small plant as scenario-file text, for tests that patch it: one line, one truck, two schools, the grid
/// scheduled four hours a day with outages.</summary>
internal static class SmallPlant
{
    public const string Yaml = """
        scenario: {name: t, currency: won}
        horizon: {start: 2021-01-01, length: 1 months}
        power:
          capacity: 10 kW
          seasons:
            - {months: [jan-dec], windows: ["08:00-12:00"]}
          outages: {up: exponential(mean = 3 h), down: 1 h}
        calendars:
          shift: {weekdays: [mon-sat], hours: ["08:00-17:00"]}
        materials:
          diesel: {unit: L}
        products:
          milk: {unit: L}
        lines:
          line:
            recipe: {output: {milk: 100 L}, duration: 2 h, power: 5 kW}
            staff: shift
        carriers:
          truck: {count: 1, capacity: 600 L, speed: 30 km/h, calendar: shift}
        destination_defaults: {product: milk, calendar: shift, target: every-day}
        destinations:
          a: {quantity: 60 L, distance: 1 km}
          b: {quantity: 60 L, distance: 2 km}

        """;
}
