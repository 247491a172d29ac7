using System.Globalization;
using System.Text.RegularExpressions;

namespace Shortfall.Analysis.Sensitivity;

/// <summary>
/// One input of a sweep, written <c>PATH=LOW:HIGH[:STEPS]</c>: a scenario value addressed by the
/// path a variant's <c>set:</c> uses (e.g. <c>carriers.truck.count</c>), varied from LOW to HIGH.
/// LOW and HIGH may carry a unit (<c>4 h:12 h</c>; HIGH may leave it out). Counts are told by
/// their form: when both are written without a unit, decimal point or exponent (<c>1:4</c>) the
/// values are rounded to whole numbers; write <c>0.0:1.0</c> for a continuous unitless range.
/// </summary>
public sealed partial record SweepParameter(string Path, double Low, double High, int Steps, string Unit, bool Whole)
{
    /// <summary>What a reader calls the input, from the scenario's own names ("diesel allocation quantity"); the path until it is labelled.</summary>
    public string Label { get; init; } = Path;

    /// <summary>The number of steps of a one-at-a-time sweep when none is given.</summary>
    public const int DefaultSteps = 5;

    [GeneratedRegex(@"^\s*(?<number>[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?)\s*(?<unit>\S.*?)?\s*$")]
    private static partial Regex Amount();

    /// <summary>Parses <c>PATH=LOW:HIGH[:STEPS]</c>.</summary>
    /// <exception cref="FormatException">With a message saying what is wrong and what is expected.</exception>
    public static SweepParameter Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var equals = text.IndexOf('=');
        if (equals <= 0)
        {
            throw Bad(text, "expected PATH=LOW:HIGH[:STEPS], e.g. carriers.truck.count=1:4 or power.capacity=20 kW:60 kW:5");
        }

        var path = text[..equals].Trim();
        var parts = text[(equals + 1)..].Split(':');
        if (parts.Length is < 2 or > 3)
        {
            throw Bad(text, "expected LOW:HIGH or LOW:HIGH:STEPS after '='");
        }

        var (low, lowUnit, lowWhole) = ParseAmount(text, parts[0], "LOW");
        var (high, highUnit, highWhole) = ParseAmount(text, parts[1], "HIGH");
        if (highUnit.Length > 0 && highUnit != lowUnit)
        {
            throw Bad(text, $"LOW is in '{lowUnit}' but HIGH in '{highUnit}'; write both in the same unit");
        }

        if (!(low < high))
        {
            throw Bad(text, "LOW must be below HIGH");
        }

        var steps = DefaultSteps;
        if (parts.Length == 3 && !(int.TryParse(parts[2].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out steps) && steps >= 2))
        {
            throw Bad(text, $"STEPS must be a whole number of at least 2, not '{parts[2].Trim()}'");
        }

        var whole = lowWhole && highWhole && lowUnit.Length == 0;
        if (whole && high - low < steps - 1 && parts.Length == 3)
        {
            throw Bad(text, $"only {high - low + 1} whole numbers lie between {low} and {high}, fewer than {steps} steps");
        }

        return new SweepParameter(path, low, high, whole ? Math.Min(steps, (int)(high - low) + 1) : steps, lowUnit, whole);
    }

    /// <summary>The value at <paramref name="fraction"/> of the way from <see cref="Low"/> to <see cref="High"/>, rounded when <see cref="Whole"/>.</summary>
    public double At(double fraction)
    {
        var value = fraction >= 1.0 ? High : Low + fraction * (High - Low);
        return Whole ? Math.Round(value, MidpointRounding.AwayFromZero) : value;
    }

    /// <summary>The values of a one-at-a-time sweep: <see cref="Steps"/> evenly spaced from low to high.</summary>
    public IReadOnlyList<double> StepValues() =>
        Enumerable.Range(0, Steps).Select(i => At((double)i / (Steps - 1))).Distinct().ToArray();

    /// <summary>The value as scenario text, with the unit.</summary>
    public string Format(double value)
    {
        var number = value.ToString("R", CultureInfo.InvariantCulture);
        return Unit.Length > 0 ? $"{number} {Unit}" : number;
    }

    private static (double Value, string Unit, bool Whole) ParseAmount(string text, string part, string name)
    {
        var match = Amount().Match(part);
        if (!match.Success)
        {
            throw Bad(text, $"{name} '{part.Trim()}' is not a number with an optional unit");
        }

        var number = match.Groups["number"].Value;
        var value = double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture);
        return (value, match.Groups["unit"].Value, number.IndexOfAny(['.', 'e', 'E']) < 0);
    }

    private static FormatException Bad(string text, string message) => new($"--param '{text}': {message}.");
}
