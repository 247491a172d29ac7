using System.Globalization;

namespace Shortfall.Configuration.Calibration;

/// <summary>
/// A number of the scenario that is not known: where it is (a path as a variant's <c>set:</c> writes it) and its prior, whose
/// parameters are in <see cref="Unit"/>. A value drawn for it becomes an override of the baseline (<see cref="Format"/>).
/// </summary>
/// <param name="Path">The path, e.g. <c>allocations[3].quantity</c>.</param>
/// <param name="Prior">The prior, in <see cref="Unit"/>.</param>
/// <param name="Unit">The unit the prior's parameters were written in (empty for plain numbers), e.g. <c>L</c>.</param>
/// <param name="Whole">True when the path holds a whole number (a count): values are rounded to the nearest one.</param>
public sealed record UncertainInput(string Path, Prior Prior, string Unit, bool Whole)
{
    /// <summary>The value as a variant's <c>set:</c> would write it, e.g. <c>137.25 L</c> or <c>2</c>.</summary>
    public string Format(double value)
    {
        var number = Whole ? Math.Round(value, MidpointRounding.AwayFromZero) : value;
        var text = number.ToString("R", CultureInfo.InvariantCulture);
        return Unit.Length == 0 ? text : $"{text} {Unit}";
    }
}
