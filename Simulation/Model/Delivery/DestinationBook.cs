using Shortfall.Model.Definition;
using Shortfall.Model.Results;
using Shortfall.Model.Time;

namespace Shortfall.Model.Delivery;

/// <summary>
/// The record of every destination: its target days, deliveries by month, gaps, and for each
/// target day without a delivery the cause that held longest during that day's delivery hours.
/// </summary>
internal sealed class DestinationBook
{
    private static readonly int Causes = Enum.GetValues<MissCause>().Length;
    private readonly IReadOnlyList<Destination> _destinations;
    private readonly DailyWindows[] _calendars;
    private readonly PlanCalendar _plan;
    private readonly int[,] _monthly;
    private readonly double[,] _monthlyQuantity;
    private readonly int[,] _fullRationDays;
    private readonly double[] _receivedToday;
    private readonly int[] _deliveries;
    private readonly double[] _quantity;
    private readonly int[] _gap;
    private readonly int[] _longestGap;
    private readonly int[] _targetDays;
    private readonly int[,] _missed;
    private readonly double[,] _stateHours;
    private readonly bool[] _deliveredToday;

    public DestinationBook(IReadOnlyList<Destination> destinations, IReadOnlyList<DailyWindows> calendars, PlanCalendar plan)
    {
        _destinations = destinations;
        _calendars = [.. calendars];
        _plan = plan;
        var n = destinations.Count;
        _monthly = new int[n, plan.Months];
        _monthlyQuantity = new double[n, plan.Months];
        _fullRationDays = new int[n, plan.Months];
        _receivedToday = new double[n];
        _deliveries = new int[n];
        _quantity = new double[n];
        _gap = new int[n];
        _longestGap = new int[n];
        _targetDays = new int[n];
        _missed = new int[n, Causes];
        _stateHours = new double[n, Causes];
        _deliveredToday = new bool[n];
        InTransit = new bool[n];
        LastDelivery = new int[n];
        Array.Fill(LastDelivery, int.MinValue);
    }

    public int Count => _destinations.Count;

    /// <summary>The day whose deliveries are being recorded.</summary>
    public int Day { get; private set; }

    /// <summary>True while a trip to the destination is under way.</summary>
    public bool[] InTransit { get; }

    /// <summary>The day of each destination's last counted delivery (int.MinValue before the first).</summary>
    public int[] LastDelivery { get; }

    public Destination this[int destination] => _destinations[destination];

    /// <summary>True when the destination wants a delivery today and has neither had one nor one on the way.</summary>
    public bool IsOpen(int destination) =>
        _calendars[destination].IsOpenDay(Day) && !_deliveredToday[destination] && !InTransit[destination];

    /// <summary>Books <paramref name="hours"/> of today's delivery hours to what kept the destination waiting.</summary>
    public void Waited(int destination, MissCause cause, double hours) => _stateHours[destination, (int)cause] += hours;

    /// <summary>A load arrived on <paramref name="day"/>; it counts if that is a target day not yet served.</summary>
    public void Deliver(int destination, double quantity, int day)
    {
        InTransit[destination] = false;
        _quantity[destination] += quantity;
        if (day == Day && _calendars[destination].IsOpenDay(day))
        {
            _receivedToday[destination] += quantity;
            _monthlyQuantity[destination, _plan.MonthOf(day)] += quantity;
        }
        if (day == Day && _calendars[destination].IsOpenDay(day) && !_deliveredToday[destination])
        {
            _deliveredToday[destination] = true;
            _deliveries[destination]++;
            _monthly[destination, _plan.MonthOf(day)]++;
            LastDelivery[destination] = day;
        }
    }

    /// <summary>Closes today for every destination and opens the next day.</summary>
    public void CloseDay()
    {
        for (var i = 0; i < _destinations.Count; i++)
        {
            if (_calendars[i].IsOpenDay(Day))
            {
                _targetDays[i]++;
                if (_receivedToday[i] >= _destinations[i].QuantityPerDelivery * (1 - 1e-9))
                {
                    _fullRationDays[i, _plan.MonthOf(Day)]++;
                }
                if (_deliveredToday[i])
                {
                    _gap[i] = 0;
                }
                else
                {
                    _gap[i]++;
                    _longestGap[i] = Math.Max(_longestGap[i], _gap[i]);
                    _missed[i, (int)LongestState(i)]++;
                }
            }
            _deliveredToday[i] = false;
            _receivedToday[i] = 0;
            for (var c = 0; c < Causes; c++)
            {
                _stateHours[i, c] = 0;
            }
        }
        Day++;
    }

    /// <summary>Deliveries and target of each destination in each month in which its calendar
    /// has at least one open day; a month the destination is closed throughout (a school's
    /// winter vacation) has no target to meet or miss, so it is not reported.</summary>
    public IReadOnlyList<DestinationMonth> Months()
    {
        var rows = new List<DestinationMonth>(_destinations.Count * _plan.Months);
        for (var i = 0; i < _destinations.Count; i++)
        {
            var openDays = OpenDaysByMonth(i);
            for (var m = 0; m < _plan.Months; m++)
            {
                if (openDays[m] > 0)
                {
                    rows.Add(new DestinationMonth(i, m, _monthly[i, m], Target(i, m, openDays[m]))
                    {
                        Quantity = _monthlyQuantity[i, m],
                        FullRationDays = _fullRationDays[i, m],
                        OpenDays = openDays[m],
                    });
                }
            }
        }
        return rows;
    }

    public IReadOnlyList<DestinationTotals> Totals() =>
        [.. Enumerable.Range(0, _destinations.Count).Select(i => new DestinationTotals(
            _deliveries[i], _quantity[i], _longestGap[i], _targetDays[i],
            [.. Enumerable.Range(0, Causes).Select(c => _missed[i, c])]))];

    /// <summary>The month's target: every open day of the month, or the fixed monthly number
    /// scaled by the share of the month inside the horizon.</summary>
    private double Target(int destination, int month, int openDays)
    {
        if (_destinations[destination].Target.PerMonth is { } perMonth)
        {
            var (inside, inMonth) = _plan.MonthCoverage(month);
            return perMonth * inside / inMonth;
        }
        return openDays;
    }

    private int[] OpenDaysByMonth(int destination)
    {
        var days = new int[_plan.Months];
        for (var d = 0; d < _plan.Days; d++)
        {
            if (_calendars[destination].IsOpenDay(d))
            {
                days[_plan.MonthOf(d)]++;
            }
        }
        return days;
    }

    /// <summary>The cause with most hours today; a carrier when no carrier worked at all that day.</summary>
    private MissCause LongestState(int destination)
    {
        var best = MissCause.Carrier;
        var most = 0.0;
        for (var c = 0; c < Causes; c++)
        {
            if (_stateHours[destination, c] > most)
            {
                most = _stateHours[destination, c];
                best = (MissCause)c;
            }
        }
        return best;
    }
}
