using System.Text.Json.Nodes;
using Shortfall.Configuration.Binding;
using Shortfall.Configuration.Distributions;
using Shortfall.Configuration.Units;
using Shortfall.Randomness;

namespace Shortfall.Configuration.Schema;

/// <summary>
/// A random quantity: a distribution such as <c>lognormal(mean = 2 h, sd = 1 h)</c>, or a plain value
/// meaning a constant. For durations, unit-bearing parameters are read in hours, and a distribution that
/// can draw negative values is refused; for fractions, parameters are plain and samples must lie in [0, 1].
/// </summary>
internal sealed class DistributionShape(DistributionUse use) : ScalarShape<Distribution>
{
    public DistributionUse Use { get; } = use;

    private bool IsDuration => Use != DistributionUse.Fraction;

    private Dimension Dimension => IsDuration ? Dimension.Time : Dimension.Dimensionless;

    public override string Summary => IsDuration ? "duration or distribution" + (Use == DistributionUse.PositiveDuration ? " (mean > 0)" : "") : "fraction " +
        "or distribution";

    public override string Expected => IsDuration
        ? "a duration like '6 h' or a distribution like 'exponential(mean = 6 h)'"
        : "a fraction like '0.8' or a distribution like 'uniform(min = 0.6, max = 1)'";

    public override Parsed<Distribution> Parse(string text, BindContext context)
    {
        if (!text.Contains('('))
        {
            return Constant(text, context);
        }
        var call = DistributionCall.Parse(text, Expected);
        if (!call.Ok)
        {
            return call.AsFailure();
        }
        var kind = DistributionKind.Find(call.Value.Name);
        if (kind is null)
        {
            return new Failure($"unknown distribution " +
                $"'{call.Value.Name}'" + Suggestions.DidYouMean(call.Value.Name, DistributionKind.All.Select(k => k.Name).ToList()));
        }
        if (IsDuration && kind.Unitless)
        {
            return new Failure($"{kind.Name} draws plain numbers and cannot be a duration");
        }
        var arguments = Arguments(kind, call.Value, context);
        if (!arguments.Ok)
        {
            return arguments.AsFailure();
        }
        if (!kind.Valid(arguments.Value))
        {
            return new Failure($"{kind.Name} needs {kind.Constraint}");
        }
        return Checked(kind, arguments.Value);
    }

    private Parsed<Distribution> Constant(string text, BindContext context)
    {
        var quantity = Quantity.Parse(text, context.Units, Expected);
        if (!quantity.Ok)
        {
            return quantity.AsFailure();
        }
        var q = quantity.Value;
        if (q.Dimension != Dimension || q.Per is not null)
        {
            return new Failure($"expected {Expected}, got '{text}'");
        }
        var value = q.Canonical;
        var bound = Use == DistributionUse.PositiveDuration ? Bound.Positive : Bound.NonNegative;
        if (Bounds.Check(value, bound, text) is { } error)
        {
            return new Failure(error);
        }
        return Use == DistributionUse.Fraction && value > 1
            ? new Failure($"a fraction must lie between 0 and 1, got '{text}'")
            : new Constant(value);
    }

    /// <summary>Reads every parameter of <paramref name="call"/> against <paramref name="kind"/>'s list.</summary>
    private Parsed<DistributionArguments> Arguments(DistributionKind kind, DistributionCall call, BindContext context)
    {
        var arguments = new DistributionArguments();
        foreach (var (name, value) in call.Arguments)
        {
            var parameter = kind.Parameters.FirstOrDefault(p => p.Name == name);
            if (parameter is null)
            {
                return new Failure($"{kind.Name} has no parameter '{name}'" + Suggestions.DidYouMean(name, kind.Parameters.Select(p => p.Name).ToList()));
            }
            if (arguments.Has(name))
            {
                return new Failure($"the parameter '{name}' of {kind.Name} is given twice");
            }
            var read = Read(kind, parameter, value, context, arguments);
            if (read is { } error)
            {
                return new Failure(error);
            }
        }
        var missing = kind.Parameters.FirstOrDefault(p => !p.Optional && !arguments.Has(p.Name));
        return missing is null ? arguments : new Failure($"{kind.Name} needs the parameter '{missing.Name}'");
    }

    /// <summary>Reads one parameter into <paramref name="arguments"/>; returns the problem, or null.</summary>
    private string? Read(DistributionKind kind, DistributionParameter parameter, string text, BindContext context, DistributionArguments arguments)
    {
        var dimension = parameter.Measured ? Dimension : Dimension.Dimensionless;
        var example = parameter.IsList ? $"[{dimension.Example}, {dimension.Example}]" : dimension.Example;
        var expected = $"the {parameter.Name} of {kind.Name} must be {(parameter.IsList ? "a list of " : "")}{dimension.Noun} like '{example}', got '{text}'";
        if (parameter.IsList != (text.StartsWith('[') && text.EndsWith(']')))
        {
            return expected;
        }
        var items = !parameter.IsList ? [text] : text[1..^1].Trim().Length == 0 ? [] : DistributionCall.SplitTopLevel(text[1..^1]);
        var values = new double[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var quantity = Quantity.Parse(items[i], context.Units, dimension.Noun);
            if (!quantity.Ok || quantity.Value.Dimension != dimension || quantity.Value.Per is not null)
            {
                return expected;
            }
            values[i] = quantity.Value.Canonical;
        }
        if (parameter.IsList)
        {
            arguments.Set(parameter.Name, values);
        }
        else
        {
            arguments.Set(parameter.Name, values[0]);
        }
        return null;
    }

    /// <summary>Checks that samples suit the use, then builds the distribution.</summary>
    private Parsed<Distribution> Checked(DistributionKind kind, DistributionArguments arguments)
    {
        var (low, high) = kind.Support(arguments);
        if (IsDuration && low < 0)
        {
            return new Failure(double.IsNegativeInfinity(low)
                ? $"a duration cannot be negative, but {kind.Name} can draw values below 0; use lognormal with the same mean and sd"
                : $"a duration cannot be negative, but this {kind.Name} can draw values down to {Bounds.Format(low)} h");
        }
        if (!IsDuration && (low < 0 || high > 1))
        {
            return new Failure($"a fraction must lie between 0 and 1, but this {kind.Name} can draw values from {Bounds.Format(low)} to {Bounds.Format(high)}");
        }
        Distribution distribution;
        try
        {
            distribution = kind.Create(arguments);
        }
        catch (ArgumentOutOfRangeException e)
        {
            return new Failure($"invalid {kind.Name}: {e.Message}");
        }
        return Use == DistributionUse.PositiveDuration && !(distribution.Mean > 0)
            ? new Failure($"the mean of this {kind.Name} must be greater than 0")
            : distribution;
    }

    public override JsonObject ToJsonSchema(JsonSchemaWriter writer)
    {
        var names = string.Join("|", DistributionKind.All.Select(k => k.Name));
        var call = JsonSchemaWriter.Pattern($"({names})\\s*\\(.*\\)");
        return IsDuration
            ? new JsonObject
            {
                ["anyOf"] = new JsonArray(
                    JsonSchemaWriter.Pattern(
                        $"{JsonSchemaWriter.NumberPattern}\\s*{JsonSchemaWriter.Alternation(UnitTable.StandardSymbolsOf(Dimension.Time))}"),
                    call),
            }
            : new JsonObject
            {
                ["anyOf"] = new JsonArray(
                    new JsonObject { ["type"] = "number", ["minimum"] = 0, ["maximum"] = 1 },
                    JsonSchemaWriter.Pattern(JsonSchemaWriter.NumberPattern + "\\s*%"),
                    call),
            };
    }
}
