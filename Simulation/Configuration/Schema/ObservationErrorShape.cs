using System.Globalization;
using System.Text.Json.Nodes;
using Shortfall.Configuration.Binding;
using Shortfall.Configuration.Calibration;
using Shortfall.Configuration.Distributions;

namespace Shortfall.Configuration.Schema;

/// <summary>
/// How uncertain an observation is: <c>interval(min = 1, max = 3)</c> (the truth is somewhere in it),
/// <c>uniform(half_width = 1)</c> (the same, centred on the value) or <c>normal(sd = 0.5)</c>; plain numbers in the output's unit.
/// </summary>
internal sealed class ObservationErrorShape : ScalarShape<WrittenError>
{
    public static readonly ObservationErrorShape Instance = new();

    public override string Summary => "interval(min, max), uniform(half_width) or normal(sd)";

    public override string Expected => "an error like 'interval(min = 1, max = 3)', 'uniform(half_width = 1)' or 'normal(sd = 0.5)'";

    public override Parsed<WrittenError> Parse(string text, BindContext context)
    {
        var call = DistributionCall.Parse(text, Expected);
        if (!call.Ok)
        {
            return call.AsFailure();
        }
        string[] parameters = call.Value.Name switch
        {
            "interval" => ["min", "max"],
            "uniform" => ["half_width"],
            "normal" => ["sd"],
            _ => [],
        };
        if (parameters.Length == 0)
        {
            return new Failure($"unknown error '{call.Value.Name}'" + Suggestions.DidYouMean(call.Value.Name, ["interval", "uniform", "normal"]));
        }
        var values = new double[parameters.Length];
        var names = call.Value.Arguments.Select(a => a.Name).ToList();
        if (names.Count != parameters.Length || parameters.Any(p => !names.Contains(p)))
        {
            return new Failure($"{call.Value.Name} takes {string.Join(" and ", parameters)}, got '{text}'");
        }
        for (var i = 0; i < parameters.Length; i++)
        {
            var value = call.Value.Arguments.First(a => a.Name == parameters[i]).Value;
            if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !double.IsFinite(values[i]))
            {
                return new Failure($"'{parameters[i]}' must be a plain number in the output's unit, got '{value}'");
            }
        }
        return call.Value.Name switch
        {
            "interval" => values[0] < values[1]
                ? new WrittenError(values[0], values[1], null, text)
                : new Failure($"an interval needs min < max, got '{text}'"),
            "uniform" => values[0] > 0 ? new WrittenError(null, null, values[0], text) : new Failure($"half_width must be above 0, got '{text}'"),
            _ => values[0] > 0 ? new WrittenError(null, null, null, text) { Sd = values[0] } : new Failure($"sd must be above 0, got '{text}'"),
        };
    }

    public override JsonObject ToJsonSchema(JsonSchemaWriter writer) => JsonSchemaWriter.Pattern("(interval|uniform|normal)\\s*\\(.*\\)");
}
