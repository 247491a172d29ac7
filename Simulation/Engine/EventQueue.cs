using System.Runtime.CompilerServices;

namespace Shortfall.Engine;

/// <summary>
/// The schedule: a binary min-heap of (time, order, event). The order key packs the priority
/// in the top bits above a sequence number that grows with every scheduling, so the key orders
/// all entries completely: earlier time first, then urgent before normal, then first scheduled first.
/// Entries are structs in one array, so scheduling allocates nothing once the array has grown.
/// </summary>
internal sealed class EventQueue
{
    private const int PriorityShift = 62;

    private Entry[] _heap = new Entry[256];
    private ulong _sequence;

    public int Count { get; private set; }

    /// <summary>The time of the next event, or +∞ when the schedule is empty.</summary>
    public double NextTime => Count > 0 ? _heap[0].Time : double.PositiveInfinity;

    public void Push(double time, EventPriority priority, Event item)
    {
        if (Count == _heap.Length)
        {
            Array.Resize(ref _heap, _heap.Length * 2);
        }
        var entry = new Entry(time, ((ulong)priority << PriorityShift) | _sequence++, item);
        // Sift up: move parents down into the hole until the entry's place is found.
        var hole = Count++;
        while (hole > 0)
        {
            var parent = (hole - 1) >> 1;
            if (!Precedes(entry, _heap[parent]))
            {
                break;
            }
            _heap[hole] = _heap[parent];
            hole = parent;
        }
        _heap[hole] = entry;
    }

    public Event Pop(out double time)
    {
        var top = _heap[0];
        var last = _heap[--Count];
        _heap[Count] = default;
        if (Count > 0)
        {
            SiftDown(last);
        }
        time = top.Time;
        return top.Event;
    }

    private void SiftDown(Entry entry)
    {
        var hole = 0;
        var half = Count >> 1;
        while (hole < half)
        {
            var child = (hole << 1) + 1;
            if (child + 1 < Count && Precedes(_heap[child + 1], _heap[child]))
            {
                child++;
            }
            if (!Precedes(_heap[child], entry))
            {
                break;
            }
            _heap[hole] = _heap[child];
            hole = child;
        }
        _heap[hole] = entry;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Precedes(in Entry a, in Entry b) => a.Time < b.Time || (a.Time == b.Time && a.Order < b.Order);

    private readonly record struct Entry(double Time, ulong Order, Event Event);
}
