using System.Globalization;

namespace Shortfall.Configuration.Calibration;

/// <summary>
/// The observed value is the truth plus a normal error of standard deviation <see cref="Sd"/>. Calibration simulates that
/// error too: the distance compares the replication plus a draw of the error with the observed value, in standard
/// deviations; with the tolerance going to 0 this targets the posterior under the stated error (Wilkinson 2013).
/// </summary>
public sealed class NormalError(double sd) : ObservationError
{
    /// <summary>The error's standard deviation, in the output's unit.</summary>
    public double Sd { get; } = sd;

    /// <inheritdoc/>
    public override double Distance(double simulated, double observed, double noise) => Math.Abs(simulated + Sd * noise - observed) / Sd;

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"normal(sd = {Sd})");
}
