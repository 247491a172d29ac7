using Shortfall.Configuration.Schema;
using Shortfall.Configuration.Units;

namespace Shortfall.Configuration.Binding;

/// <summary>
/// One <c>add:</c> entry of a remedy: the baseline's value at the path, and the amount one unit adds, converted to the
/// baseline value's unit so that the sum can be written back in it (<c>130 L</c> + 2 × <c>0.13 m3</c> → <c>390 L</c>).
/// </summary>
/// <param name="Entry">The entry as written (its key gives the path and the position).</param>
/// <param name="Baseline">The baseline's value at the path.</param>
/// <param name="PerUnit">What one unit adds, as a number in the baseline value's unit.</param>
/// <param name="Suffix">The baseline value's text after its number, e.g. " L", written after the sum.</param>
internal sealed record RemedyAddition(MapEntry<VariantPath> Entry, Quantity Baseline, double PerUnit, string Suffix);
