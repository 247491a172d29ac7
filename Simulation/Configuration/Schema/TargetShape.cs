using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Shortfall.Configuration.Binding;
using Shortfall.Model.Definition;

namespace Shortfall.Configuration.Schema;

/// <summary>A delivery target: <c>every-day</c> (every day of the destination's calendar) or a number
/// per month, <c>12 per month</c> or <c>12/month</c>.</summary>
internal sealed partial class TargetShape : ScalarShape<DeliveryTarget>
{
    public const string EveryDay = "every-day";

    public static readonly TargetShape Instance = new();

    [GeneratedRegex(@"^(?<n>" + JsonSchemaWriter.NumberPattern + @")\s*(/|per)\s*month$")]
    private static partial Regex PerMonth();

    public override string Summary => "every-day or N per month";

    public override string Expected => "'every-day' or a number per month like '12 per month'";

    public override Parsed<DeliveryTarget> Parse(string text, BindContext context)
    {
        if (text == EveryDay)
        {
            return new DeliveryTarget(null);
        }
        var match = PerMonth().Match(text);
        if (!match.Success)
        {
            return new Failure($"expected {Expected}, got '{text}'");
        }
        var count = double.Parse(match.Groups["n"].Value.Replace("_", ""), System.Globalization.CultureInfo.InvariantCulture);
        return count > 0 && double.IsFinite(count) ? new DeliveryTarget(count) : new Failure($"a target must be a number above 0 per month, got '{text}'");
    }

    public override JsonObject ToJsonSchema(JsonSchemaWriter writer) =>
        JsonSchemaWriter.Pattern($"({EveryDay}|{JsonSchemaWriter.NumberPattern}\\s*(/|per)\\s*month)");
}
