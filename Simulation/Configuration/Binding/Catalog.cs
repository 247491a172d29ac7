using Shortfall.Configuration.Units;
using Shortfall.Model.Definition;

namespace Shortfall.Configuration.Binding;

/// <summary>What later sections of a file need from earlier ones while binding: the units materials and
/// products are counted in (null when a declaration is broken, so conversions to it are skipped), the
/// horizon, and the most power the supply can give.</summary>
internal sealed class Catalog
{
    public Dictionary<string, Unit?> MaterialUnits { get; } = [];

    public Dictionary<string, Unit?> ProductUnits { get; } = [];

    public Dictionary<string, IReadOnlyList<DateRange>> Periods { get; } = [];

    public Horizon? Horizon { get; set; }

    /// <summary>The most the grid or, when the grid is off, the generator can supply (kW); null when unknown.</summary>
    public double? MaxPowerKw { get; set; }
}
