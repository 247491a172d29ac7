using System.Globalization;
using Shortfall.Configuration.Calibration;

namespace Shortfall.Configuration.Schema;

/// <summary>An error as written; the interval of a uniform error depends on the observed value, so it is made with it.</summary>
internal sealed record WrittenError(double? Min, double? Max, double? HalfWidth, string Text)
{
    public double? Sd { get; init; }

    /// <summary>The error around <paramref name="value"/>, or a failure when an interval leaves the value out.</summary>
    public Parsed<ObservationError> Around(double value)
    {
        if (Sd is { } sd)
        {
            return new NormalError(sd);
        }
        if (HalfWidth is { } h)
        {
            return new IntervalError(value - h, value + h, Text);
        }
        return value >= Min && value <= Max
            ? new IntervalError(Min!.Value, Max!.Value, Text)
            : new Failure($"the interval {Text} leaves out the observed value {value.ToString(CultureInfo.InvariantCulture)}");
    }
}
