using Shortfall.Model.Definition;

namespace Shortfall.Model.Time;

/// <summary>
/// Maps simulation time (hours since midnight of the first day) to days and calendar months of
/// the horizon. Day d covers [24d, 24d + 24); month 0 is the month of the start date.
/// </summary>
internal sealed class PlanCalendar
{
    private readonly int[] _monthOfDay;

    public PlanCalendar(Horizon horizon)
    {
        Start = horizon.Start;
        Days = horizon.End.DayNumber - horizon.Start.DayNumber;
        _monthOfDay = new int[Days];
        for (var d = 0; d < Days; d++)
        {
            var date = Start.AddDays(d);
            _monthOfDay[d] = (date.Year - Start.Year) * 12 + date.Month - Start.Month;
        }
        Months = Days == 0 ? 0 : _monthOfDay[^1] + 1;
    }

    public DateOnly Start { get; }

    public int Days { get; }

    public int Months { get; }

    public double EndTime => Days * 24.0;

    public static int DayOf(double time) => (int)Math.Floor(time / 24);

    public DateOnly DateOf(int day) => Start.AddDays(day);

    public int MonthOf(int day) => _monthOfDay[day];

    /// <summary>How many days of month <paramref name="month"/> fall inside the horizon, and how many it has in all.</summary>
    public (int Inside, int InMonth) MonthCoverage(int month)
    {
        var inside = 0;
        var first = -1;
        for (var d = 0; d < Days; d++)
        {
            if (_monthOfDay[d] == month)
            {
                inside++;
                if (first < 0)
                {
                    first = d;
                }
            }
        }
        var date = DateOf(first);
        return (inside, DateTime.DaysInMonth(date.Year, date.Month));
    }
}
