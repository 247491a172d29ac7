namespace Shortfall.Configuration.Schema;

/// <summary>A whole number of calendar units: days, weeks, months or years.</summary>
internal readonly record struct CalendarLength(int Count, string Unit)
{
    /// <summary>The length as an analyst writes it, e.g. "1 month", "3 months", "2 wk".</summary>
    public override string ToString() => Unit switch
    {
        "months" or "years" when Count == 1 => $"1 {Unit[..^1]}",
        _ => $"{Count} {Unit}",
    };

    /// <summary>The date <see cref="Count"/> units after <paramref name="start"/> (months and years by the calendar),
    /// or null when it would lie past the year 9999.</summary>
    public DateOnly? After(DateOnly start)
    {
        try
        {
            return Unit switch
            {
                "d" => start.AddDays(Count),
                "wk" => start.AddDays(checked(7 * Count)),
                "months" => start.AddMonths(Count),
                "years" => start.AddYears(Count),
                _ => throw new InvalidOperationException($"unknown calendar unit {Unit}"),
            };
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            return null;
        }
    }
}
