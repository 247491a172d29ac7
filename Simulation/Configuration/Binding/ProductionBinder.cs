using Shortfall.Configuration.Schema;
using Shortfall.Configuration.Units;
using Shortfall.Model.Definition;
using Shortfall.Randomness;
using Fields = Shortfall.Configuration.Schema.ScenarioSchema;

namespace Shortfall.Configuration.Binding;

/// <summary>Binds products and production lines with their recipes.</summary>
internal static class ProductionBinder
{
    public static List<Product> Products(ObjectReader root, Catalog catalog)
    {
        var products = new List<Product>();
        foreach (var (name, reader) in root.Named(Fields.Document.Products))
        {
            var unit = reader.TryGet<Unit>(Fields.Product.Unit, out var u) ? u : null;
            catalog.ProductUnits[name] = unit;
            products.Add(new Product(
                name,
                unit?.Symbol ?? "",
                reader.Get(Fields.Product.ShelfLife, double.PositiveInfinity),
                reader.Amount(Fields.Product.Storage, unit, $"product {name}", double.PositiveInfinity))
            {
                RestockBelow = reader.Amount(Fields.Product.RestockBelow, unit, $"product {name}", double.PositiveInfinity),
                Make = reader.Get(Fields.Product.Make, MakeRule.ToStock),
            });
        }
        return products;
    }

    public static List<ProductionLine> Lines(ObjectReader root, Catalog catalog)
    {
        var lines = new List<ProductionLine>();
        foreach (var (name, reader) in root.Named(Fields.Document.Lines))
        {
            var recipe = reader.Object(Fields.Line.Recipe) is { } r ? Recipe(r, catalog) : null;
            lines.Add(new ProductionLine(
                name,
                reader.Get<string?>(Fields.Line.Programme, null),
                recipe!,
                reader.Get(Fields.Line.Staff, "")));
        }
        return lines;
    }

    private static Recipe Recipe(ObjectReader reader, Catalog catalog)
    {
        var inputs = new Dictionary<string, double>();
        foreach (var entry in reader.Entries<string>(Fields.Recipe.Inputs))
        {
            var amountShape = (AmountShape)((MapShape)Fields.Recipe.Inputs.Shape).Values;
            inputs[entry.Key] = reader.Context.Amount(amountShape, entry.Value, entry.Path, catalog.MaterialUnits.GetValueOrDefault(entry.Key), $"material " +
                $"{entry.Key}") ?? double.NaN;
        }
        var output = "";
        var outputQuantity = double.NaN;
        foreach (var entry in reader.Entries<string>(Fields.Recipe.Output).Take(1))
        {
            var amountShape = (AmountShape)((MapShape)Fields.Recipe.Output.Shape).Values;
            output = entry.Key;
            outputQuantity = reader.Context.Amount(amountShape, entry.Value, entry.Path, catalog.ProductUnits.GetValueOrDefault(entry.Key), $"product " +
                $"{entry.Key}") ?? double.NaN;
        }
        var power = reader.Get(Fields.Recipe.Power, double.NaN);
        PowerChecks.ReportUnsuppliable(reader, Fields.Recipe.Power, power, catalog, "the line");
        return new Recipe(inputs, output, outputQuantity, reader.Get<Distribution>(Fields.Recipe.Duration, null!), power);
    }
}
