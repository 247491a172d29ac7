using Shortfall.Model.Results;
using Shortfall.Model.Time;

namespace Shortfall.Model.Production;

/// <summary>
/// Line-hours blocked by each cause: in total, and per product and day, so that a missed delivery
/// can be traced to what held production of its product back.
/// </summary>
internal sealed class ProductionLog
{
    private static readonly int Causes = Enum.GetValues<BlockCause>().Length;
    /// <summary>The causes a shortage of product is told by, in the order a tie goes to the first.</summary>
    private static readonly (BlockCause Block, MissCause Miss)[] Named =
        [(BlockCause.Power, MissCause.Power), (BlockCause.Input, MissCause.Input), (BlockCause.Staff, MissCause.Staff),
            (BlockCause.Carrier, MissCause.Carrier), (BlockCause.Fuel, MissCause.Fuel)];
    private readonly double[] _total = new double[Causes];
    /// <summary>Hours by product, day (the horizon's days and one after) and cause, flat: <see cref="ShortageCause"/> reads two days'
    /// rows at every look of the dispatcher.</summary>
    private readonly double[] _byProductDay;
    private readonly int _days;
    private readonly List<ProductionLineProcess> _lines = [];

    public ProductionLog(int products, int days)
    {
        _days = days + 1;
        _byProductDay = new double[products * _days * Causes];
    }

    public double[] Totals => (double[])_total.Clone();

    public void Register(ProductionLineProcess line) => _lines.Add(line);

    /// <summary>Adds the blocked interval [from, to) of a line making <paramref name="product"/>, split at midnights.</summary>
    public void Accrue(int product, BlockCause cause, double from, double to)
    {
        _total[(int)cause] += to - from;
        while (from < to)
        {
            var day = PlanCalendar.DayOf(from);
            var end = Math.Min(to, (day + 1) * 24.0);
            _byProductDay[Row(product, Math.Min(day, _days - 1)) + (int)cause] += end - from;
            from = end;
        }
    }

    /// <summary>
    /// Why there is no product now: of power, input, staff, carrier and fuel, the cause that blocked the
    /// product's lines longest since the start of yesterday (counting intervals still open); capacity when none did.
    /// </summary>
    public MissCause ShortageCause(int product, double now)
    {
        var day = PlanCalendar.DayOf(now);
        var since = Math.Max(0, day - 1) * 24.0;
        Span<double> hours = stackalloc double[Causes];
        for (var d = Math.Max(0, day - 1); d <= Math.Min(day, _days - 1); d++)
        {
            var row = _byProductDay.AsSpan(Row(product, d), Causes);
            for (var c = 0; c < Causes; c++)
            {
                hours[c] += row[c];
            }
        }
        for (var i = 0; i < _lines.Count; i++)
        {
            if (_lines[i].Product == product && _lines[i].PendingCause is { } cause)
            {
                hours[(int)cause] += now - Math.Max(since, _lines[i].PendingSince);
            }
        }
        var best = MissCause.Capacity;
        var most = 0.0;
        foreach (var (block, miss) in Named)
        {
            if (hours[(int)block] > most)
            {
                most = hours[(int)block];
                best = miss;
            }
        }
        return best;
    }

    private int Row(int product, int day) => ((product * _days) + day) * Causes;
}
