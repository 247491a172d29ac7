using Shortfall.Engine;
using Shortfall.Model.Definition;
using Shortfall.Model.Results;
using Shortfall.Model.Time;

namespace Shortfall.Model.Delivery;

/// <summary>
/// The record of every destination: its target days, deliveries and quantities by month, full-ration
/// days, gaps, and for each target day without a delivery the shortage to blame (see <see cref="Verdict"/>).
/// </summary>
internal sealed class DestinationBook
{
    private static readonly int Causes = Enum.GetValues<MissCause>().Length;
    private readonly Destination[] _destinations;
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
    private readonly bool[] _inTransit;
    private readonly int[] _lastDelivery;

    public DestinationBook(IReadOnlyList<Destination> destinations, IReadOnlyList<DailyWindows> calendars, PlanCalendar plan)
    {
        _destinations = [.. destinations];
        _calendars = [.. calendars];
        // A plain loop: Distinct's set costs every replication 0.4 KB more.
        var distinct = new List<DailyWindows>();
        foreach (var calendar in _calendars)
        {
            if (!distinct.Contains(calendar))
            {
                distinct.Add(calendar);
            }
        }
        Calendars = [.. distinct];
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
        _inTransit = new bool[n];
        _lastDelivery = new int[n];
        Array.Fill(_lastDelivery, int.MinValue);
    }

    public int Count => _destinations.Length;

    /// <summary>The day whose deliveries are being recorded.</summary>
    public int Day { get; private set; }

    public Destination this[int destination] => _destinations[destination];

    /// <summary>The receiving hours of all destinations, each calendar once (destinations mostly share one).</summary>
    public DailyWindows[] Calendars { get; }

    /// <summary>The destination's receiving hours.</summary>
    public DailyWindows Hours(int destination) => _calendars[destination];

    /// <summary>The day of the destination's last counted delivery (int.MinValue before the first).</summary>
    public int LastDelivery(int destination) => _lastDelivery[destination];

    /// <summary>Deliveries that counted so far.</summary>
    public int Deliveries(int destination) => _deliveries[destination];

    /// <summary>True when the destination wants a delivery today and has neither had one nor one on the way.</summary>
    public bool IsWaiting(int destination) =>
        _calendars[destination].IsOpenDay(Day) && !_deliveredToday[destination] && !_inTransit[destination];

    /// <summary>A trip bound for the destination has left (or, with false, has called or been lost).</summary>
    public void SetInTransit(int destination, bool inTransit) => _inTransit[destination] = inTransit;

    /// <summary>Books <paramref name="hours"/> of today's delivery hours to the shortage that kept the destination waiting
    /// (<see cref="MissCause.Joint"/> when more than one was missing).</summary>
    public void Waited(int destination, MissCause cause, double hours) => _stateHours[destination, (int)cause] += hours;

    /// <summary>A load arrived on <paramref name="day"/>; it counts if that is a target day not yet served.</summary>
    public void Deliver(int destination, double quantity, int day)
    {
        _quantity[destination] += quantity;
        if (day == Day && _calendars[destination].IsOpenDay(day))
        {
            _receivedToday[destination] += quantity;
            _monthlyQuantity[destination, _plan.MonthOf(day)] += quantity;
        }
        if (day == Day && _calendars[destination].IsOpenDay(day) && !_deliveredToday[destination]
            && Amounts.Covers(quantity, _destinations[destination].MinimumQuantity))
        {
            _deliveredToday[destination] = true;
            _deliveries[destination]++;
            _monthly[destination, _plan.MonthOf(day)]++;
            _lastDelivery[destination] = day;
        }
    }

    /// <summary>Closes today for every destination and opens the next day.</summary>
    public void CloseDay()
    {
        for (var i = 0; i < _destinations.Length; i++)
        {
            // A closed day took no delivery and booked no waiting (see Deliver and IsWaiting): nothing to close.
            if (!_calendars[i].IsOpenDay(Day))
            {
                continue;
            }
            _targetDays[i]++;
            if (Amounts.Covers(_receivedToday[i], _destinations[i].QuantityPerDelivery))
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
                _missed[i, (int)Verdict(i)]++;
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
        var rows = new List<DestinationMonth>(_destinations.Length * _plan.Months);
        for (var i = 0; i < _destinations.Length; i++)
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
        [.. Enumerable.Range(0, _destinations.Length).Select(i => new DestinationTotals(
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

    /// <summary>
    /// Why a target day went without a delivery. While the destination waited in its delivery hours, each
    /// moment is booked to the one shortage whose removal alone would have let a carrier leave for it then
    /// (product, carrier or fuel), or to <see cref="MissCause.Joint"/> when two or more were missing together.
    /// The day goes to the single shortage booked longest (ties: the earlier in <see cref="MissCause"/>'s order);
    /// to Joint when no moment had a single one; to Carrier when no carrier that serves it could reach it in its hours at all.
    /// </summary>
    private MissCause Verdict(int destination)
    {
        var best = MissCause.Carrier;
        var most = 0.0;
        for (var c = 0; c < Causes; c++)
        {
            if ((MissCause)c != MissCause.Joint && _stateHours[destination, c] > most)
            {
                most = _stateHours[destination, c];
                best = (MissCause)c;
            }
        }
        return most == 0 && _stateHours[destination, (int)MissCause.Joint] > 0 ? MissCause.Joint : best;
    }
}
