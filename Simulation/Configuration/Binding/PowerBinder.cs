using Shortfall.Model.Definition;
using Shortfall.Randomness;
using Fields = Shortfall.Configuration.Schema.ScenarioSchema;

namespace Shortfall.Configuration.Binding;

/// <summary>Binds the power supply: capacity, seasons (every month in exactly one), outages and generator.</summary>
internal static class PowerBinder
{
    private static readonly string[] MonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static PowerSupply? Power(ObjectReader root, Catalog catalog)
    {
        var reader = root.Object(Fields.Document.Power);
        if (reader is null)
        {
            return null;
        }
        var capacity = reader.Get(Fields.PowerSupply.Capacity, double.NaN);
        var seasons = reader.Has(Fields.PowerSupply.Seasons)
            ? Seasons(reader)
            : [new SupplySeason(Enumerable.Range(1, 12).ToHashSet(), [new DailyWindow(0, 24)])];
        var outages = reader.Object(Fields.PowerSupply.Outages) is { } o
            ? new Outages(o.Get<Distribution>(Fields.Outages.Up, null!), o.Get<Distribution>(Fields.Outages.Down, null!))
            : null;
        var generator = reader.Object(Fields.PowerSupply.Generator) is { } g ? Generator(g, catalog) : null;
        var policy = reader.Get(Fields.PowerSupply.OnPowerLoss, PowerLossPolicy.Pause);
        catalog.MaxPowerKw = Math.Max(capacity, generator?.CapacityKw ?? 0);
        return new PowerSupply(capacity, seasons, outages, generator, policy);
    }

    private static Generator Generator(ObjectReader reader, Catalog catalog)
    {
        var capacity = reader.Get(Fields.Generator.Capacity, double.NaN);
        var fuel = reader.Get(Fields.Generator.Fuel, "");
        var unit = catalog.MaterialUnits.GetValueOrDefault(fuel);
        var consumption = reader.Amount(Fields.Generator.Consumption, unit, $"fuel {fuel}", double.NaN);
        var reserve = reader.Amount(Fields.Generator.Reserve, unit, $"fuel {fuel}", 0);
        return new Generator(capacity, fuel, consumption) { ReserveFuel = reserve };
    }

    /// <summary>The seasons; reports a month listed twice where it is listed again, and months no season covers
    /// (unless a season could not be read, when the gap is likely its doing).</summary>
    private static List<SupplySeason> Seasons(ObjectReader power)
    {
        var before = power.Context.Diagnostics.Count;
        var seasons = new List<SupplySeason>();
        var owner = new Dictionary<int, string>();
        foreach (var season in power.Objects(Fields.PowerSupply.Seasons))
        {
            var months = new HashSet<int>();
            foreach (var item in season.List<int[]>(Fields.Season.Months))
            {
                foreach (var month in item.Value)
                {
                    if (owner.TryGetValue(month, out var other) && other != season.Path)
                    {
                        season.Context.Report(item.Node.Start, item.Path, $"{MonthName(month)} is already in {other}");
                    }
                    owner.TryAdd(month, season.Path);
                    months.Add(month);
                }
            }
            var windows = season.Has(Fields.Season.Windows) ? CalendarBinder.Windows(season, Fields.Season.Windows) : [];
            seasons.Add(new SupplySeason(months, windows));
        }
        var missing = Enumerable.Range(1, 12).Where(m => !owner.ContainsKey(m)).ToList();
        if (missing.Count > 0 && !power.Context.HasNewErrors(before) && power.Value(Fields.PowerSupply.Seasons) is { } list)
        {
            power.Context.Report(list.Node.Start, list.Path,
                $"no season covers {string.Join(", ", missing.Select(MonthName))}; list every month in one season");
        }
        return seasons;
    }

    private static string MonthName(int month) => MonthNames[month - 1];
}
