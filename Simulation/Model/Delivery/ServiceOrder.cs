using Shortfall.Model.Definition;

namespace Shortfall.Model.Delivery;

/// <summary>
/// The order in which the dispatch rule serves destinations, independent of the order the scenario
/// lists them in. Most-overdue-first ranks by the day of the last counted delivery; ties (say, every
/// school on the first day) go to the destination with fewer deliveries so far, then in a turn by name
/// that moves on by one each day, so no school is first every time. Round-robin serves by name, starting
/// after the destination served last.
/// </summary>
internal sealed class ServiceOrder
{
    private readonly DispatchRule _rule;
    private readonly DestinationBook _book;
    private readonly int[] _rank;
    private readonly int[] _order;
    /// <summary>Each destination's place in today's turn, worked out once per ordering: the sort compares them again and again.</summary>
    private readonly int[] _turn;
    private int _nextRank;

    public ServiceOrder(DispatchRule rule, DestinationBook book, IReadOnlyList<Destination> destinations)
    {
        _rule = rule;
        _book = book;
        var byName = Enumerable.Range(0, destinations.Count).OrderBy(i => destinations[i].Name, StringComparer.Ordinal).ToArray();
        _rank = new int[byName.Length];
        for (var r = 0; r < byName.Length; r++)
        {
            _rank[byName[r]] = r;
        }
        _order = new int[destinations.Count];
        _turn = new int[destinations.Count];
    }

    /// <summary>Remembers whom a trip served, for round-robin's next turn.</summary>
    public void Served(int destination) => _nextRank = (_rank[destination] + 1) % _rank.Length;

    /// <summary>The destinations in the order the rule serves them on <paramref name="day"/>, in a buffer reused by every decision.</summary>
    public int[] For(int day)
    {
        var n = _order.Length;
        // The turn: the most overdue take it by the day; round-robin starts after the destination served last.
        var shift = _rule == DispatchRule.MostOverdueFirst ? day : -_nextRank;
        for (var i = 0; i < n; i++)
        {
            _order[i] = i;
            _turn[i] = Turn(i, shift);
        }
        // Insertion sort: n is small, and it allocates nothing.
        for (var i = 1; i < n; i++)
        {
            var item = _order[i];
            var j = i;
            while (j > 0 && Before(item, _order[j - 1]))
            {
                _order[j] = _order[j - 1];
                j--;
            }
            _order[j] = item;
        }
        return _order;
    }

    private bool Before(int a, int b)
    {
        if (_rule == DispatchRule.MostOverdueFirst)
        {
            if (_book.LastDelivery(a) != _book.LastDelivery(b))
            {
                return _book.LastDelivery(a) < _book.LastDelivery(b);
            }
            if (_book.Deliveries(a) != _book.Deliveries(b))
            {
                return _book.Deliveries(a) < _book.Deliveries(b);
            }
        }
        return _turn[a] < _turn[b];
    }

    private int Turn(int destination, int shift)
    {
        var n = _rank.Length;
        return (((_rank[destination] - shift) % n) + n) % n;
    }
}
