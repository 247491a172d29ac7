using Shortfall.Engine;
using Shortfall.Model.Definition;
using Shortfall.Model.Time;

namespace Shortfall.Model.Supplies;

/// <summary>
/// The ration a plant keeps for materials marked <see cref="RationRule.UntilNextAllocation"/>: it spreads
/// the stock evenly over the use days until the material's next planned allocation (or the horizon's
/// end when none is planned). On each use day the ration grows by the stock not yet rationed divided by the
/// use days left, today included; lines may start a batch, and carriers a trip, only while what the ration
/// has grown to covers it, and what they take comes off it. So a share smaller than a batch adds up over
/// days to a whole batch (50 kg batches from 20 kg a day run every two or three days), and a share larger
/// than needed is not lost: the next days' shares are worked out from what is left. After stock arrives
/// the ration is at least the day's new share. A use day is one on
/// which a line that uses the material is staffed (and, for a product made for use, wanted) or a carrier
/// that burns it is on duty while a destination it serves is open. A line held back by the ration waits
/// for its input (hours booked as <c>Input</c>); a trip held back counts as no fuel.
/// </summary>
internal sealed class MaterialRation
{
    private readonly MaterialStocks _stocks;
    private readonly bool[] _rationed;
    private readonly int[][] _plannedDays;
    private readonly bool[][] _useDays;
    private readonly int[][] _useDaysBefore;
    private readonly int[] _creditedDay;
    private readonly int[] _receipts;
    private readonly double[] _credit;
    private readonly double[] _shareToday;

    /// <param name="stocks">The stocks rationed.</param>
    /// <param name="materials">Every material, in index order.</param>
    /// <param name="plannedDays">For each material, the days (from the start) of its planned allocations.</param>
    /// <param name="useDays">For each material, whether it is used on each day (see the class remarks).</param>
    public MaterialRation(MaterialStocks stocks, IReadOnlyList<Material> materials, int[][] plannedDays, bool[][] useDays)
    {
        _stocks = stocks;
        _rationed = [.. materials.Select(m => m.Ration == RationRule.UntilNextAllocation)];
        _plannedDays = [.. plannedDays.Select(days => days.Order().ToArray())];
        _useDays = useDays;
        _useDaysBefore = [.. useDays.Select(CountBefore)];
        _creditedDay = new int[materials.Count];
        Array.Fill(_creditedDay, -1);
        _receipts = new int[materials.Count];
        _credit = new double[materials.Count];
        _shareToday = new double[materials.Count];
    }

    /// <summary>True when <paramref name="material"/> is rationed.</summary>
    public bool IsRationed(int material) => _rationed[material];

    /// <summary>True when the ration of every rationed input covers a batch now.</summary>
    public bool Allows(ReadOnlySpan<(int Material, double Quantity)> inputs, double now)
    {
        foreach (var (material, quantity) in inputs)
        {
            if (!Allows(material, quantity, now))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>True when the ration covers taking <paramref name="quantity"/> of <paramref name="material"/> now (always for an unrationed one).</summary>
    public bool Allows(int material, double quantity, double now) =>
        !_rationed[material] || Amounts.Covers(Credit(material, now), quantity);

    /// <summary>True when the ration will cover <paramref name="quantity"/> within <paramref name="days"/> more days at today's share.</summary>
    public bool AllowsWithin(int material, double quantity, double now, int days)
    {
        if (!_rationed[material])
        {
            return true;
        }
        var credit = Credit(material, now);
        // The dispatcher asks about now (0 days) for every destination at every decision: no share to work out.
        return Amounts.Covers(days == 0 ? credit : credit + days * Share(material, PlanCalendar.DayOf(now), credit), quantity);
    }

    /// <summary>Books a batch's inputs against the ration (call when the batch starts).</summary>
    public void Consumed(ReadOnlySpan<(int Material, double Quantity)> inputs, double now)
    {
        foreach (var (material, quantity) in inputs)
        {
            Consumed(material, quantity, now);
        }
    }

    /// <summary>Books <paramref name="quantity"/> of <paramref name="material"/> taken now against the ration.</summary>
    public void Consumed(int material, double quantity, double now)
    {
        if (_rationed[material])
        {
            _credit[material] = Math.Max(0, Credit(material, now) - quantity);
        }
    }

    /// <summary>What the ration covers now. On the first look of a use day it grows by that day's share of the
    /// stock not yet rationed; when stock arrives, today's share is worked out again from the new stock.</summary>
    private double Credit(int material, double now)
    {
        var day = PlanCalendar.DayOf(now);
        if (day != _creditedDay[material])
        {
            _creditedDay[material] = day;
            _shareToday[material] = 0;
        }
        else if (_receipts[material] == _stocks.Receipts)
        {
            return Math.Min(_credit[material], _stocks.Total(material));
        }
        _receipts[material] = _stocks.Receipts;
        var before = _credit[material] - _shareToday[material];
        _shareToday[material] = Share(material, day, before);
        _credit[material] = before + _shareToday[material];
        // Never more than is in stock, for stock can be taken outside the ration (fuel by a generator).
        return Math.Min(_credit[material], _stocks.Total(material));
    }

    /// <summary>A day's share: the stock not yet rationed (beyond <paramref name="credit"/>) over the use days left; 0 on other days.</summary>
    private double Share(int material, int day, double credit)
    {
        var left = UseDaysLeft(material, day);
        return left > 0 && day < _useDays[material].Length && _useDays[material][day] ? Math.Max(0, _stocks.Total(material) - credit) / left : 0;
    }

    /// <summary>Use days from <paramref name="day"/> up to the day before the next planned allocation after it.</summary>
    private int UseDaysLeft(int material, int day)
    {
        var before = _useDaysBefore[material];
        var until = before.Length - 1;
        foreach (var planned in _plannedDays[material])
        {
            if (planned > day)
            {
                until = Math.Min(until, planned);
                break;
            }
        }
        var from = Math.Clamp(day, 0, until);
        return before[until] - before[from];
    }

    /// <summary>For each day d, the use days before it (d = days: all of them), so that a count over days is a subtraction.</summary>
    private static int[] CountBefore(bool[] useDays)
    {
        var before = new int[useDays.Length + 1];
        for (var d = 0; d < useDays.Length; d++)
        {
            before[d + 1] = before[d] + (useDays[d] ? 1 : 0);
        }
        return before;
    }
}
