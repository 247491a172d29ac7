using Shortfall.Configuration.Schema;

namespace Shortfall.Configuration.Binding;

/// <summary>Checks that what draws power could ever get it.</summary>
internal static class PowerChecks
{
    /// <summary>Reports a draw above both the grid's and the generator's capacity: such a consumer could never run.</summary>
    public static void ReportUnsuppliable(ObjectReader reader, Field field, double kw, Catalog catalog, string consumer)
    {
        if (catalog.MaxPowerKw is { } max && kw > max && reader.Value(field) is { } found)
        {
            reader.Context.Report(found.Node.Start, found.Path,
                $"{consumer} needs {Bounds.Format(kw)} kW but the supply gives at most {Bounds.Format(max)} kW, so it could never run");
        }
    }
}
