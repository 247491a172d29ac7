using System.Text.Json.Nodes;
using Shortfall.Configuration.Binding;
using Shortfall.Configuration.Calibration;
using Shortfall.Configuration.Distributions;
using Shortfall.Configuration.Units;

namespace Shortfall.Configuration.Schema;

/// <summary>
/// A prior for an uncertain number: <c>uniform(min = 60 L, max = 400 L)</c>, <c>loguniform(min, max)</c>,
/// <c>triangular(min, mode, max)</c> or <c>normal(mean, sd)</c>, every parameter in the same unit, which must suit the number
/// it is put on.
/// </summary>
internal sealed class PriorShape : ScalarShape<WrittenPrior>
{
    public static readonly PriorShape Instance = new();

    private static readonly (string Name, string[] Parameters)[] Kinds =
    [
        ("uniform", ["min", "max"]),
        ("loguniform", ["min", "max"]),
        ("triangular", ["min", "mode", "max"]),
        ("normal", ["mean", "sd"]),
    ];

    public override string Summary => "prior: uniform, loguniform, triangular or normal";

    public override string Expected => "a prior like 'uniform(min = 60 L, max = 400 L)'";

    public override Parsed<WrittenPrior> Parse(string text, BindContext context)
    {
        var call = DistributionCall.Parse(text, Expected);
        if (!call.Ok)
        {
            return call.AsFailure();
        }
        var kind = Kinds.FirstOrDefault(k => k.Name == call.Value.Name);
        if (kind.Name is null)
        {
            return new Failure($"unknown prior '{call.Value.Name}'" + Suggestions.DidYouMean(call.Value.Name, Kinds.Select(k => k.Name).ToList()));
        }
        var written = call.Value.Arguments;
        foreach (var (name, _) in written.Where(a => !kind.Parameters.Contains(a.Name)))
        {
            return new Failure($"{kind.Name} has no parameter '{name}'; it takes {string.Join(", ", kind.Parameters)}");
        }
        var values = new double[kind.Parameters.Length];
        Quantity? first = null;
        for (var i = 0; i < kind.Parameters.Length; i++)
        {
            var name = kind.Parameters[i];
            var argument = written.Where(a => a.Name == name).ToList();
            if (argument.Count != 1)
            {
                return new Failure(argument.Count == 0 ? $"{kind.Name} needs '{name}'" : $"'{name}' is given twice in '{text}'");
            }
            var quantity = Quantity.Parse(argument[0].Value, context.Units, "a number with the unit of what it is put on, like '60 L'");
            if (!quantity.Ok)
            {
                return quantity.AsFailure();
            }
            first ??= quantity.Value;
            if (quantity.Value.Unit != first.Value.Unit || quantity.Value.Per != first.Value.Per)
            {
                return new Failure($"write every parameter of the prior in the same unit, got '{first.Value.Text}' and '{quantity.Value.Text}'");
            }
            values[i] = quantity.Value.Number;
        }
        var unit = first!.Value;
        try
        {
            var prior = Create(kind.Name, values);
            var symbol = (unit.Unit?.Symbol ?? "") + (unit.Per is null ? "" : "/" + unit.Per.Symbol);
            return new WrittenPrior(prior, symbol, unit.Dimension, unit.Per is not null);
        }
        catch (ArgumentException e)
        {
            return new Failure(e.Message);
        }
    }

    private static Prior Create(string kind, double[] v) => kind switch
    {
        "uniform" => new UniformPrior(v[0], v[1]),
        "loguniform" => new LogUniformPrior(v[0], v[1]),
        "triangular" => new TriangularPrior(v[0], v[1], v[2]),
        _ => new NormalPrior(v[0], v[1]),
    };

    public override JsonObject ToJsonSchema(JsonSchemaWriter writer) => JsonSchemaWriter.Pattern("(uniform|loguniform|triangular|normal)\\s*\\(.*\\)");
}
