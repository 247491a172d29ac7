namespace Shortfall.Analysis.Charts;

/// <summary>The output measure with one parameter set to the low and to the high end of its range,
/// everything else at baseline.</summary>
/// <param name="Parameter">The parameter's name, ideally with its range, e.g. "Power hours per day (2–8)".</param>
/// <param name="AtLow">The measure with the parameter at the low end.</param>
/// <param name="AtHigh">The measure with the parameter at the high end.</param>
public sealed record SensitivityEffect(string Parameter, double AtLow, double AtHigh)
{
    /// <summary>How far the measure moves across the range: |AtHigh − AtLow|.</summary>
    public double Swing => Math.Abs(AtHigh - AtLow);
}
