using Shortfall.Configuration.Yaml;
using Shortfall.Model.Definition;
using Fields = Shortfall.Configuration.Schema.ScenarioSchema;

namespace Shortfall.Configuration.Binding;

/// <summary>
/// Turns a scenario tree into a <see cref="Scenario"/>: each section is read in an order that lets later
/// sections convert to units and resolve names declared by earlier ones. Problems go to the diagnostics;
/// when there are any, no scenario is built (the values read so far are placeholders).
/// </summary>
internal static class ScenarioBinder
{
    /// <summary>The scenario of <paramref name="tree"/>, or null when it has problems (reported to <paramref name="diagnostics"/>).</summary>
    public static Scenario? Bind(Node tree, DiagnosticBag diagnostics)
    {
        var root = ObjectReader.Open(tree, Fields.Root, "", Position.FileStart, BindContext.For(tree, diagnostics));
        return root is null ? null : Bind(root);
    }

    /// <summary>The scenario of the document <paramref name="root"/> reads, or null when it has problems.</summary>
    public static Scenario? Bind(ObjectReader root)
    {
        var diagnostics = root.Context.Diagnostics;
        var before = diagnostics.Count;
        var info = root.Object(Fields.Document.Scenario);
        var catalog = new Catalog { Horizon = CalendarBinder.Horizon(root) };
        CalendarBinder.Periods(root, catalog);
        var calendars = CalendarBinder.Calendars(root, catalog);
        var materials = SupplyBinder.Materials(root, catalog);
        var products = ProductionBinder.Products(root, catalog);
        var power = PowerBinder.Power(root, catalog);
        var allocations = SupplyBinder.Allocations(root, catalog);
        var lines = ProductionBinder.Lines(root, catalog);
        var destinations = DeliveryBinder.Destinations(root, catalog, calendars);
        var carriers = DeliveryBinder.Carriers(root, catalog, destinations);
        DeliveryBinder.CheckReachable(root, destinations, carriers, lines);
        var equipment = EquipmentBinder.Equipment(root, catalog);
        var dispatch = root.Get(Fields.Document.Dispatch, DispatchRule.RoundRobin);
        var name = info?.Get(Fields.Info.Name, "") ?? "";
        var description = info?.Get(Fields.Info.Description, "") ?? "";
        var currency = info?.Get(Fields.Info.Currency, "") ?? "";
        if (diagnostics.Count > before || catalog.Horizon is null || power is null)
        {
            return null;
        }
        return new Scenario(name, description, catalog.Horizon, calendars, power, materials, allocations, products, lines,
            carriers, destinations, dispatch, equipment, currency);
    }
}
