using Shortfall.Configuration.Schema;
using Shortfall.Configuration.Units;
using Shortfall.Model.Definition;
using Shortfall.Randomness;
using Fields = Shortfall.Configuration.Schema.ScenarioSchema;

namespace Shortfall.Configuration.Binding;

/// <summary>Binds materials (recording their units for later conversions) and their planned allocations,
/// expanding a repeating allocation into one per planned date.</summary>
internal static class SupplyBinder
{
    public static List<Material> Materials(ObjectReader root, Catalog catalog)
    {
        var materials = new List<Material>();
        foreach (var (name, reader) in root.Named(Fields.Document.Materials))
        {
            var unit = reader.TryGet<Unit>(Fields.Material.Unit, out var u) ? u : null;
            catalog.MaterialUnits[name] = unit;
            var owner = $"material {name}";
            var opening = reader.Amount(Fields.Material.OpeningStock, unit, owner, 0);
            var storage = reader.Amount(Fields.Material.Storage, unit, owner, double.PositiveInfinity);
            if (opening > storage && reader.Value(Fields.Material.OpeningStock) is { } found)
            {
                reader.Context.Report(found.Node.Start, found.Path,
                    $"the opening stock ({Bounds.Format(opening)} {unit?.Symbol}) exceeds the storage ({Bounds.Format(storage)} {unit?.Symbol})");
            }
            materials.Add(new Material(name, unit?.Symbol ?? "", opening, storage) { Ration = reader.Get(Fields.Material.Ration, RationRule.None) });
        }
        return materials;
    }

    public static List<Allocation> Allocations(ObjectReader root, Catalog catalog)
    {
        var allocations = new List<Allocation>();
        foreach (var reader in root.Objects(Fields.Document.Allocations))
        {
            var material = reader.Get(Fields.Allocation.Material, "");
            var quantity = reader.Amount(Fields.Allocation.Quantity, catalog.MaterialUnits.GetValueOrDefault(material), $"material {material}", double.NaN);
            var delay = reader.Get<Distribution?>(Fields.Allocation.Delay, null);
            var fraction = reader.Get<Distribution?>(Fields.Allocation.DeliveredFraction, null);
            var probability = reader.Get(Fields.Allocation.ArrivalProbability, 1.0);
            var programme = reader.Get<string?>(Fields.Allocation.Programme, null);
            foreach (var planned in PlannedDates(reader, catalog.Horizon))
            {
                allocations.Add(new Allocation(material, quantity, planned, delay, fraction, probability, programme));
            }
        }
        return allocations;
    }

    /// <summary>The planned date, and with <c>every</c> its repeats (<c>times</c> in all, or as many as the horizon holds).
    /// Reports dates outside the horizon: stock on hand at the start belongs in opening_stock.</summary>
    private static List<DateOnly> PlannedDates(ObjectReader reader, Horizon? horizon)
    {
        if (!reader.TryGet<DateOnly>(Fields.Allocation.Planned, out var first) || horizon is null)
        {
            return [];
        }
        if (first < horizon.Start || first >= horizon.End)
        {
            Report(reader, Fields.Allocation.Planned, $"the planned date {first:yyyy-MM-dd} is outside the horizon ({Span(horizon)}); stock on hand at the " +
                $"start belongs in opening_stock");
            return [];
        }
        var hasTimes = reader.TryGet<int>(Fields.Allocation.Times, out var times);
        if (!reader.TryGet<CalendarLength>(Fields.Allocation.Every, out var every))
        {
            if (hasTimes && times > 1)
            {
                Report(reader, Fields.Allocation.Times, "a repeating allocation needs 'every', e.g. 'every: 1 month'");
            }
            return [first];
        }
        // Bounded by the horizon, so a huge 'times' cannot run away.
        var dates = new List<DateOnly>();
        for (DateOnly? date = first; date < horizon.End && (!hasTimes || dates.Count < times); date = Repeat(first, every, dates.Count))
        {
            dates.Add(date.Value);
        }
        if (hasTimes && dates.Count < times)
        {
            Report(reader, Fields.Allocation.Times, $"{times} allocations every {every} from {first:yyyy-MM-dd} run past the horizon ({Span(horizon)})");
        }
        return dates;
    }

    /// <summary>The <paramref name="index"/>-th date after <paramref name="first"/>, counted from the first so months keep
    /// their day; null past the year 9999.</summary>
    private static DateOnly? Repeat(DateOnly first, CalendarLength every, int index) =>
        index > int.MaxValue / every.Count ? null : new CalendarLength(every.Count * index, every.Unit).After(first);

    private static string Span(Horizon horizon) => $"{horizon.Start:yyyy-MM-dd} to {horizon.End.AddDays(-1):yyyy-MM-dd}";

    private static void Report(ObjectReader reader, Field field, string message)
    {
        if (reader.Value(field) is { } found)
        {
            reader.Context.Report(found.Node.Start, found.Path, message);
        }
    }
}
