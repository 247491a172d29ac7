namespace Shortfall.Configuration.Calibration;

/// <summary>What was seen in the field: an output of the run, restricted to some months of the year, its value and its error.</summary>
/// <param name="Name">The observation's name in the file.</param>
/// <param name="Output">The run's output it is about.</param>
/// <param name="Months">The calendar months (1–12) it covers; every month when empty.</param>
/// <param name="Value">The value observed.</param>
/// <param name="Error">How uncertain the observation is.</param>
public sealed record Observation(string Name, ObservedOutput Output, IReadOnlyList<int> Months, double Value, ObservationError Error)
{
    /// <summary>True when the observation covers calendar month <paramref name="month"/> (1–12).</summary>
    public bool Covers(int month) => Months.Count == 0 || Months.Contains(month);
}
