namespace Shortfall.Configuration;

/// <summary>
/// A named change of a scenario's baseline made by a program rather than written in the file: a sweep's
/// point, a calibration's draw, an optimiser's portfolio. <see cref="Set"/> holds (path, value) pairs exactly
/// as a variant's <c>set:</c> writes them (<c>carriers.truck.count</c> → <c>2</c>, <c>allocations[3].quantity</c>
/// → <c>130 L</c>, <c>power.outages.up.mean</c> → <c>5 h</c> for one parameter of a distribution); values are single
/// scalars. The loader applies and checks them as it does a variant's.
/// <see cref="Remedies"/> names remedies of the file's <c>remedies:</c> section, each with the units bought: their
/// changes are applied first (amounts that several add to one path added up), then <see cref="Set"/>.
/// </summary>
public sealed record ScenarioOverride(string Name, IReadOnlyList<(string Path, string Value)> Set)
{
    /// <summary>When true, every path must name one number (a quantity, a count, a fraction, a constant or a
    /// distribution's parameter): a program that varies a number (a sweep, a calibration) must not replace a whole
    /// distribution by a constant without saying so, so such a path is refused.</summary>
    public bool NumbersOnly { get; init; }

    /// <summary>Remedies of the file and how many units of each (1 to the remedy's units); empty for none.</summary>
    public IReadOnlyList<(string Remedy, int Units)> Remedies { get; init; } = [];
}
