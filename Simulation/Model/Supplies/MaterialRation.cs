using Shortfall.Model.Definition;
using Shortfall.Model.Time;

namespace Shortfall.Model.Supplies;

/// <summary>
/// The ration a plant keeps for materials marked <see cref="RationRule.UntilNextAllocation"/>: on each
/// day, all lines together may start batches while what they have consumed of the material that day is
/// below its allowance, the stock on hand divided by the production days left (today included) until the
/// material's next planned allocation, or the horizon's end when none is planned. A production day is
/// one on which a line that uses the material is staffed (and, when its product is made for use, the
/// product is wanted that day: no ration is set aside for the school vacation). The last batch of a day may take the
/// consumption past the allowance by less than a batch, so lines run whole batches; the next day's
/// allowance is worked out from what is left, so nothing is lost. The allowance is worked out again
/// when stock arrives. 100 kg over 50 production days at 1 kg a batch is 2 batches a day, to the last kg.
/// A line held back by the ration waits for its input, and the hours are booked as <c>Input</c>.
/// Fuel taken by carriers and the generator is not rationed.
/// </summary>
internal sealed class MaterialRation
{
    private const double Tolerance = 1e-9;
    private readonly MaterialStocks _stocks;
    private readonly bool[] _rationed;
    private readonly int[][] _plannedDays;
    private readonly bool[][] _productionDays;
    private readonly int[] _day;
    private readonly int[] _receipts;
    private readonly double[] _consumedToday;
    private readonly double[] _allowance;

    /// <param name="stocks">The stocks rationed.</param>
    /// <param name="materials">Every material, in index order.</param>
    /// <param name="plannedDays">For each material, the days (from the start) of its planned allocations.</param>
    /// <param name="productionDays">For each material, whether any line that uses it works on each day.</param>
    public MaterialRation(MaterialStocks stocks, IReadOnlyList<Material> materials, int[][] plannedDays, bool[][] productionDays)
    {
        _stocks = stocks;
        _rationed = [.. materials.Select(m => m.Ration == RationRule.UntilNextAllocation)];
        _plannedDays = [.. plannedDays.Select(days => days.Order().ToArray())];
        _productionDays = productionDays;
        _day = new int[materials.Count];
        Array.Fill(_day, -1);
        _receipts = new int[materials.Count];
        _consumedToday = new double[materials.Count];
        _allowance = new double[materials.Count];
    }

    /// <summary>True when the ration of every rationed input leaves room to start a batch now.</summary>
    public bool Allows(ReadOnlySpan<(int Material, double Quantity)> inputs, double now)
    {
        foreach (var (material, _) in inputs)
        {
            // The allowance first: on a new day it also clears yesterday's consumption.
            if (_rationed[material] && Allowance(material, now) - Tolerance <= _consumedToday[material])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Books a batch's inputs against today's ration (call when the batch starts).</summary>
    public void Consumed(ReadOnlySpan<(int Material, double Quantity)> inputs, double now)
    {
        foreach (var (material, quantity) in inputs)
        {
            if (_rationed[material])
            {
                Allowance(material, now);
                _consumedToday[material] += quantity;
            }
        }
    }

    /// <summary>Today's allowance, worked out at the first look of the day and again after stock arrives.</summary>
    private double Allowance(int material, double now)
    {
        var day = PlanCalendar.DayOf(now);
        if (day != _day[material])
        {
            (_day[material], _consumedToday[material]) = (day, 0);
        }
        else if (_receipts[material] == _stocks.Receipts)
        {
            return _allowance[material];
        }
        _receipts[material] = _stocks.Receipts;
        var days = ProductionDaysLeft(material, day);
        _allowance[material] = _consumedToday[material] + (days == 0 ? double.PositiveInfinity : _stocks.Total(material) / days);
        return _allowance[material];
    }

    /// <summary>Production days from <paramref name="day"/> up to the day before the next planned allocation after it.</summary>
    private int ProductionDaysLeft(int material, int day)
    {
        var open = _productionDays[material];
        var until = open.Length;
        foreach (var planned in _plannedDays[material])
        {
            if (planned > day)
            {
                until = Math.Min(until, planned);
                break;
            }
        }
        var count = 0;
        for (var d = day; d < until; d++)
        {
            count += open[d] ? 1 : 0;
        }
        return count;
    }
}
