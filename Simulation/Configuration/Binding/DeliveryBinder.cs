using Shortfall.Configuration.Schema;
using Shortfall.Configuration.Units;
using Shortfall.Model.Definition;
using Shortfall.Randomness;
using Fields = Shortfall.Configuration.Schema.ScenarioSchema;

namespace Shortfall.Configuration.Binding;

/// <summary>Binds destinations (with destination_defaults) and carriers, and checks that every destination
/// can be reached by some carrier and receives a product some line makes.</summary>
internal static class DeliveryBinder
{
    /// <summary>The destinations; one whose calendar opens on no day of the horizon is reported at its calendar: it would have no
    /// destination-month to count deliveries in, so a run could compute no result for it.</summary>
    public static List<Destination> Destinations(ObjectReader root, Catalog catalog, IReadOnlyList<WorkCalendar> calendars)
    {
        var defaults = root.Object(Fields.Document.DestinationDefaults);
        var destinations = new List<Destination>();
        // Destinations mostly share one calendar: whether it opens within the horizon is worked out once for each.
        var opens = new Dictionary<WorkCalendar, bool>(ReferenceEqualityComparer.Instance);
        foreach (var (name, reader) in root.Named(Fields.Document.Destinations, () => defaults))
        {
            var product = reader.Get(Fields.Destination.Product, "");
            var unit = catalog.ProductUnits.GetValueOrDefault(product);
            var owner = $"product {product}";
            var quantity = reader.Amount(Fields.Destination.Quantity, unit, owner, double.NaN);
            var minimum = reader.Has(Fields.Destination.Minimum) ? reader.Amount(Fields.Destination.Minimum, unit, owner, double.NaN) : quantity;
            if (minimum > quantity && reader.Value(Fields.Destination.Minimum) is { } found)
            {
                reader.Context.Report(found.Node.Start, found.Path,
                    $"the minimum ({Bounds.Format(minimum)} {unit?.Symbol}) exceeds the quantity wanted per delivery ({Bounds.Format(quantity)} " +
                        $"{unit?.Symbol})");
            }
            var position = reader.Object(Fields.Destination.Position) is { } p
                ? new Location(p.Get(Fields.Position.East, double.NaN), p.Get(Fields.Position.North, double.NaN))
                : (Location?)null;
            var calendar = reader.Get(Fields.Destination.Calendar, "");
            if (calendars.FirstOrDefault(c => c.Name == calendar) is { } open && catalog.Horizon is { } horizon
                && !(opens.TryGetValue(open, out var known) ? known : opens[open] = OpensWithin(open, horizon))
                && reader.Value(Fields.Destination.Calendar) is { } written)
            {
                reader.Context.Report(written.Node.Start, written.Path,
                    $"the calendar '{calendar}' opens on no day of the horizon, so the destination could never be served");
            }
            destinations.Add(new Destination(
                name,
                product,
                reader.Get(Fields.Destination.People, 0),
                quantity,
                minimum,
                calendar,
                reader.Get(Fields.Destination.Target, new DeliveryTarget(null)),
                Distance(reader, position))
            {
                Position = position,
            });
        }
        return destinations;
    }

    /// <summary>The road distance from the plant: as written, else the straight line to the position; one of them is required.</summary>
    private static double Distance(ObjectReader reader, Location? position)
    {
        if (reader.Has(Fields.Destination.Distance))
        {
            return reader.Get(Fields.Destination.Distance, double.NaN);
        }
        if (position is { } p)
        {
            return p.StraightLineKm;
        }
        reader.Context.Report(reader.Position, reader.Path, "missing required key 'distance' (or a 'position' to measure it from)");
        return double.NaN;
    }

    public static List<Carrier> Carriers(ObjectReader root, Catalog catalog, IReadOnlyList<Destination> destinations)
    {
        var carriers = new List<Carrier>();
        foreach (var (name, reader) in root.Named(Fields.Document.Carriers))
        {
            var serves = reader.List<string>(Fields.Carrier.Serves).Select(i => i.Value).ToList();
            var fuel = reader.Object(Fields.Carrier.Fuel) is { } f ? Fuel(f, catalog) : null;
            var breakdowns = reader.Object(Fields.Carrier.Breakdowns) is { } b
                ? new Breakdowns(b.Get<Distribution>(Fields.Breakdowns.Between, null!), b.Get<Distribution>(Fields.Breakdowns.Repair, null!))
                : null;
            carriers.Add(new Carrier(
                name,
                reader.Get(Fields.Carrier.Count, 0),
                Capacity(reader, catalog, destinations.Where(d => serves.Count == 0 || serves.Contains(d.Name))),
                reader.Get(Fields.Carrier.Speed, double.NaN),
                reader.Get<Distribution>(Fields.Carrier.Handling, new Constant(0)),
                reader.Get(Fields.Carrier.Calendar, ""),
                fuel,
                breakdowns,
                serves));
        }
        return carriers;
    }

    /// <summary>The capacity in the unit of the products the carrier takes; a carrier serving products of different
    /// units cannot have one capacity, and is reported.</summary>
    private static double Capacity(ObjectReader reader, Catalog catalog, IEnumerable<Destination> served)
    {
        var products = served.Select(d => d.Product).Distinct()
            .Select(p => (Name: p, Unit: catalog.ProductUnits.GetValueOrDefault(p)))
            .Where(p => p.Unit is not null)
            .ToList();
        var units = products.Select(p => p.Unit!).Distinct().ToList();
        if (units.Count > 1 && reader.Value(Fields.Carrier.Capacity) is { } found)
        {
            reader.Context.Report(found.Node.Start, found.Path,
                $"the destinations it serves want products in different units ({string.Join(", ", units.Select(u => u.Symbol))}); give each such product " +
                    $"its own carrier");
            return double.NaN;
        }
        if (units.Count == 1)
        {
            return reader.Amount(Fields.Carrier.Capacity, units[0], $"product {products[0].Name}", double.NaN);
        }
        // It serves nothing, so no product fixes its unit: any mass, volume or count is taken in its canonical unit.
        if (!reader.TryGet<Quantity>(Fields.Carrier.Capacity, out var quantity))
        {
            return double.NaN;
        }
        if (!AmountShape.Dimensions.Contains(quantity.Dimension) && reader.Value(Fields.Carrier.Capacity) is { } written)
        {
            reader.Context.Report(written.Node.Start, written.Path, $"expected a mass, volume or count like '600 L', got '{quantity.Text}'");
        }
        return quantity.Canonical;
    }

    private static FuelUse Fuel(ObjectReader reader, Catalog catalog)
    {
        var material = reader.Get(Fields.FuelUse.Material, "");
        var unit = catalog.MaterialUnits.GetValueOrDefault(material);
        var perTrip = reader.Amount(Fields.FuelUse.PerTrip, unit, $"fuel {material}", 0);
        var per100Km = reader.Amount(Fields.FuelUse.Per100Km, unit, $"fuel {material}", 0);
        return new FuelUse(material, perTrip, per100Km / 100);
    }

    /// <summary>Reports destinations no carrier serves and products no line makes, at the destination.</summary>
    public static void CheckReachable(ObjectReader root, IReadOnlyList<Destination> destinations, IReadOnlyList<Carrier> carriers,
        IReadOnlyList<ProductionLine> lines)
    {
        var made = lines.Where(l => l.Recipe is not null).Select(l => l.Recipe.Output).ToHashSet();
        foreach (var entry in root.Entries<string>(Fields.Document.Destinations))
        {
            var destination = destinations.FirstOrDefault(d => d.Name == entry.Key);
            if (destination is null)
            {
                continue;
            }
            if (!carriers.Any(c => c.Serves.Count == 0 || c.Serves.Contains(destination.Name)))
            {
                root.Context.Report(entry.KeyNode.Start, entry.Path, "no carrier serves this destination");
            }
            if (destination.Product.Length > 0 && !made.Contains(destination.Product))
            {
                root.Context.Report(entry.KeyNode.Start, entry.Path, $"no line makes its product '{destination.Product}'");
            }
        }
    }

    private static bool OpensWithin(WorkCalendar calendar, Horizon horizon)
    {
        for (var day = horizon.Start; day < horizon.End; day = day.AddDays(1))
        {
            if (calendar.IsOpenOn(day))
            {
                return true;
            }
        }
        return false;
    }
}
