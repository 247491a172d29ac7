using Shortfall.Randomness;

namespace Shortfall.Model.Definition;

/// <summary>
/// Electricity: the grid delivers up to <see cref="CapacityKw"/> inside its scheduled windows
/// (which change with the season), interrupted by random outages; a generator can cover gaps
/// while it has fuel. Equipment draws kW from whatever is on.
/// </summary>
public sealed record PowerSupply(
    double CapacityKw,
    IReadOnlyList<SupplySeason> Seasons,
    Outages? Outages,
    Generator? Generator,
    PowerLossPolicy OnPowerLoss);

/// <summary>The grid's daily supply windows in the given months (1–12).</summary>
public sealed record SupplySeason(IReadOnlySet<int> Months, IReadOnlyList<DailyWindow> Windows);

/// <summary>Random outages while the grid is scheduled on: time up until an outage, then time down.</summary>
public sealed record Outages(Distribution Up, Distribution Down);

/// <summary>A generator that supplies <see cref="CapacityKw"/> while the grid is off, burning
/// <see cref="FuelPerHour"/> of the material <see cref="Fuel"/> per running hour.</summary>
public sealed record Generator(double CapacityKw, string Fuel, double FuelPerHour)
{
    /// <summary>Fuel the generator leaves in stock for the carriers: it never burns the stock below this level
    /// (carriers may use it all).</summary>
    public double ReserveFuel { get; init; }
}

/// <summary>What a batch in progress does when its power drops.</summary>
public enum PowerLossPolicy
{
    /// <summary>The batch waits and resumes where it stopped when power returns.</summary>
    Pause,

    /// <summary>The batch is lost: its inputs are spent and it produces nothing.</summary>
    LoseBatch,
}
