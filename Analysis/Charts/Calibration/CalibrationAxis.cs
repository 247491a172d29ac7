using Shortfall.Configuration.Calibration;

namespace Shortfall.Analysis.Charts.Calibration;

/// <summary>How a parameter is drawn: a loguniform one on log10 of its value (its prior is flat there), the others as they are.</summary>
internal static class CalibrationAxis
{
    public static double Position(UncertainInput input, double value) => input.Prior.Logarithmic ? Math.Log10(value) : value;

    public static string Label(UncertainInput input)
    {
        var unit = input.Unit.Length == 0 ? "" : $" ({input.Unit})";
        return input.Prior.Logarithmic ? $"log10 {input.Path}{unit}" : input.Path + unit;
    }
}
