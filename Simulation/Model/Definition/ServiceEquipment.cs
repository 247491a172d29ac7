using Shortfall.Randomness;

namespace Shortfall.Model.Definition;

/// <summary>
/// Equipment that serves a demand only while it has power, like the computers of a technology
/// office: visits arrive at random intervals during the calendar's hours; a visit that finds a
/// free, powered unit is served for <see cref="SessionHours"/>, otherwise it is turned away.
/// </summary>
public sealed record ServiceEquipment(
    string Name,
    int Units,
    double PowerKwPerUnit,
    string Calendar,
    Distribution VisitInterval,
    Distribution SessionHours)
{
    /// <summary>The people the visits come from (the factory's workers), 0 when not given; served sessions
    /// per user and year are the served visits divided by this and by the horizon's length in years.</summary>
    public int Users { get; init; }
}
