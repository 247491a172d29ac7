using Shortfall.Configuration.Schema;
using Shortfall.Model.Definition;

namespace Shortfall.Tests.Configuration;

/// <summary>Daily windows, weekdays, months, dates and horizon lengths as written in a scenario.</summary>
public class CalendarShapeTests
{
    private static T Read<T>(ScalarShape<T> shape, string text)
    {
        var parsed = shape.Parse(text, Contexts.Won());
        Assert.True(parsed.Ok, parsed.Error);
        return parsed.Value;
    }

    private static string Error<T>(ScalarShape<T> shape, string text)
    {
        var parsed = shape.Parse(text, Contexts.Won());
        Assert.False(parsed.Ok);
        return parsed.Error;
    }

    [Fact]
    public void Windows_are_read_in_hours_since_midnight()
    {
        Assert.Equal([new DailyWindow(8, 17)], Read(WindowShape.Instance, "08:00-17:00"));
        Assert.Equal([new DailyWindow(8.5, 12.25)], Read(WindowShape.Instance, "8:30 - 12:15"));
        Assert.Equal([new DailyWindow(0, 24)], Read(WindowShape.Instance, "00:00-24:00"));
    }

    [Fact]
    public void A_window_past_midnight_is_one_window_of_the_day_it_starts_on()
    {
        Assert.Equal([new DailyWindow(20, 28)], Read(WindowShape.Instance, "20:00-04:00"));
        Assert.Equal([new DailyWindow(22, 24)], Read(WindowShape.Instance, "22:00-00:00"));
    }

    [Theory]
    [InlineData("25:00-26:00", "a time of day runs from 00:00 to 24:00, got '25:00-26:00'")]
    [InlineData("10:60-11:00", "a time of day runs from 00:00 to 24:00, got '10:60-11:00'")]
    [InlineData("24:00-02:00", "a window cannot start at 24:00, got '24:00-02:00'")]
    [InlineData("10:00-10:00", "the window '10:00-10:00' is empty")]
    [InlineData("8-17", "expected a daily window like '08:00-17:00', got '8-17'")]
    public void Impossible_windows_are_refused(string text, string message)
    {
        Assert.Equal(message, Error(WindowShape.Instance, text));
    }

    [Fact]
    public void Weekday_ranges_may_wrap_around_the_week()
    {
        Assert.Equal([1, 2, 3, 4, 5], Read(CycleShape.Weekdays, "mon-fri"));
        Assert.Equal([6, 0, 1], Read(CycleShape.Weekdays, "sat-mon"));
        Assert.Equal([0], Read(CycleShape.Weekdays, "Sunday"));
        Assert.Equal("unknown weekday 'tues'; did you mean 'tue'?", Error(CycleShape.Weekdays, "tues"));
    }

    [Fact]
    public void Month_ranges_may_wrap_around_the_year()
    {
        Assert.Equal([11, 12, 1, 2], Read(CycleShape.Months, "nov-feb"));
        Assert.Equal([12], Read(CycleShape.Months, "december"));
        Assert.Equal("expected a month like 'jan' or a range like 'jan-may', got 'jan-mar-may'", Error(CycleShape.Months, "jan-mar-may"));
    }

    [Fact]
    public void Date_spans_are_inclusive_ranges()
    {
        Assert.Equal(new DateRange(new DateOnly(2021, 7, 20), new DateOnly(2021, 8, 31)), Read(DateSpanShape.Instance, "2021-07-20..2021-08-31"));
        Assert.Equal(new DateRange(new DateOnly(2021, 5, 1), new DateOnly(2021, 5, 1)), Read(DateSpanShape.Instance, "2021-05-01"));
        Assert.Equal("there is no date '2021-02-30'", Error(DateSpanShape.Instance, "2021-02-30"));
        Assert.Equal("the range '2021-03-05..2021-03-01' ends before it starts", Error(DateSpanShape.Instance, "2021-03-05..2021-03-01"));
    }

    [Theory]
    [InlineData("12 months", 2022, 1, 1)]
    [InlineData("1 year", 2022, 1, 1)]
    [InlineData("365 d", 2022, 1, 1)]
    [InlineData("2 weeks", 2021, 1, 15)]
    public void The_horizon_length_counts_calendar_units(string text, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), Read(CalendarLengthShape.Instance, text).After(new DateOnly(2021, 1, 1)));
    }

    [Fact]
    public void A_length_past_the_year_9999_has_no_end()
    {
        Assert.Null(new CalendarLength(9000, "years").After(new DateOnly(2021, 1, 1)));
        Assert.Null(new CalendarLength(int.MaxValue, "wk").After(new DateOnly(2021, 1, 1)));
    }

    [Fact]
    public void Monthly_steps_keep_the_day_of_the_month_where_it_exists()
    {
        Assert.Equal(new DateOnly(2021, 2, 28), new CalendarLength(1, "months").After(new DateOnly(2021, 1, 31)));
    }

    [Theory]
    [InlineData("every-day", null)]
    [InlineData("12 per month", 12.0)]
    [InlineData("2.5/month", 2.5)]
    public void Targets_are_every_day_or_a_number_per_month(string text, double? perMonth)
    {
        Assert.Equal(new DeliveryTarget(perMonth), Read(TargetShape.Instance, text));
    }
}
