using Shortfall.Model.Time;

namespace Shortfall.Model.Production;

/// <summary>True when carriers of kind <paramref name="kind"/> will have the fuel to set out within <paramref name="days"/>
/// days from now (there is fuel for a trip, and the fuel ration will cover it by then); always for a kind that burns none.</summary>
internal delegate bool CarrierHasFuel(int kind, int days);

/// <summary>What the outlook says about making a product today.</summary>
internal enum Outlook
{
    /// <summary>Some destination can receive it within its shelf life, by a carrier able to go.</summary>
    Use,

    /// <summary>No destination of the product is open before it spoils: the line is idle by plan.</summary>
    NoDemand,

    /// <summary>A destination is open in time, but no carrier that serves it is on duty then.</summary>
    NoCarrier,

    /// <summary>A destination is open in time and a carrier on duty then, but none of them will have the fuel to go.</summary>
    NoFuel,
}

/// <summary>
/// The plan a competent manager makes for a product made for use: on day d a line makes it only if
/// some destination of the product is open on one of the days d … d + ⌊shelf life / 24 h⌋ (to the
/// horizon's end when it keeps), and on that day a carrier kind that serves that destination, with
/// at least one unit, is on duty and will have the fuel to go by then (see <see cref="CarrierHasFuel"/>). Day by day,
/// so the answer changes only at midnight, when lines look again anyway.
/// </summary>
internal sealed class DemandOutlook
{
    private readonly int _reachDays;
    private readonly int[] _nextOpen;
    private readonly int[][] _nextServed;
    private readonly CarrierHasFuel _hasFuel;

    /// <param name="shelfLifeHours">The product's shelf life (∞ when it keeps).</param>
    /// <param name="destinations">The open days of each destination of the product.</param>
    /// <param name="duty">The duty days of each carrier kind.</param>
    /// <param name="serves">serves[k][i]: carrier kind k has units and may serve destination i.</param>
    /// <param name="hasFuel">Whether a carrier kind will have the fuel to set out within some days.</param>
    /// <param name="days">Days in the horizon.</param>
    public DemandOutlook(double shelfLifeHours, IReadOnlyList<DailyWindows> destinations, IReadOnlyList<DailyWindows> duty,
        bool[][] serves, CarrierHasFuel hasFuel, int days)
    {
        _reachDays = double.IsPositiveInfinity(shelfLifeHours) ? days : (int)Math.Min(days, Math.Floor(shelfLifeHours / 24));
        _hasFuel = hasFuel;
        // Plain loops, not LINQ in the per-day tests: every replication builds its outlook, and a closure per day
        // was a sixth of what a replication allocated.
        _nextOpen = NextDay(days, d => AnyOpen(destinations, null, d));
        _nextServed = new int[duty.Count][];
        for (var k = 0; k < duty.Count; k++)
        {
            var (kindDuty, kindServes) = (duty[k], serves[k]);
            _nextServed[k] = NextDay(days, d => kindDuty.IsOpenDay(d) && AnyOpen(destinations, kindServes, d));
        }
    }

    /// <summary>True when some destination is open within reach of <paramref name="day"/>, whatever the carriers:
    /// a day the plan makes the product on (and so a production day for a ration).</summary>
    public bool Wanted(int day) => day >= 0 && day < _nextOpen.Length - 1 && _nextOpen[day] <= day + _reachDays;

    /// <summary>Whether a batch started on <paramref name="day"/> can be of use.</summary>
    public Outlook On(int day)
    {
        if (!Wanted(day))
        {
            return Outlook.NoDemand;
        }
        var last = day + _reachDays;
        var onDuty = false;
        for (var k = 0; k < _nextServed.Length; k++)
        {
            if (_nextServed[k][day] <= last)
            {
                onDuty = true;
                if (_hasFuel(k, last - day))
                {
                    return Outlook.Use;
                }
            }
        }
        return onDuty ? Outlook.NoFuel : Outlook.NoCarrier;
    }

    /// <summary>True when a destination (of those <paramref name="among"/> marks, or any) is open on <paramref name="day"/>.</summary>
    private static bool AnyOpen(IReadOnlyList<DailyWindows> destinations, bool[]? among, int day)
    {
        for (var i = 0; i < destinations.Count; i++)
        {
            if ((among is null || among[i]) && destinations[i].IsOpenDay(day))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>For each day, the first day from it on which <paramref name="holds"/> (int.MaxValue when none).</summary>
    private static int[] NextDay(int days, Func<int, bool> holds)
    {
        var next = new int[days + 1];
        next[days] = int.MaxValue;
        for (var d = days - 1; d >= 0; d--)
        {
            next[d] = holds(d) ? d : next[d + 1];
        }
        return next;
    }
}
