namespace Shortfall.Configuration.Schema;

/// <summary>A whole number of calendar units: days, weeks, months or years.</summary>
internal readonly record struct CalendarLength(int Count, string Unit)
{
    /// <summary>The date <see cref="Count"/> units after <paramref name="start"/> (months and years by the calendar).</summary>
    public DateOnly After(DateOnly start) => Unit switch
    {
        "d" => start.AddDays(Count),
        "wk" => start.AddDays(7 * Count),
        "months" => start.AddMonths(Count),
        "years" => start.AddYears(Count),
        _ => throw new InvalidOperationException($"unknown calendar unit {Unit}"),
    };
}
