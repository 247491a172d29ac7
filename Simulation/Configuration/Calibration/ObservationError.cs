namespace Shortfall.Configuration.Calibration;

/// <summary>
/// How far an observation may be from the truth: the likelihood of the observed value given what the model gives.
/// Calibration compares a replication to the observation through <see cref="Distance"/>: 0 means a perfect match, and 1
/// is one unit of the observation's own uncertainty.
/// </summary>
public abstract class ObservationError
{
    /// <summary>The distance of <paramref name="simulated"/> from <paramref name="observed"/>, in units of this error;
    /// <paramref name="noise"/> is a standard normal draw, used by errors that are themselves random.</summary>
    public abstract double Distance(double simulated, double observed, double noise);

    /// <summary>The error as the scenario writes it.</summary>
    public abstract override string ToString();
}
