using System.Runtime.CompilerServices;

namespace Shortfall.Engine;

/// <summary>
/// The schedule: a binary min-heap of (time, order, slot). The order key packs the priority
/// in the top bits above a sequence number that grows with every scheduling, so the key orders
/// all entries completely: earlier time first, then urgent before normal, then first scheduled first.
/// The events themselves wait in a table of slots beside the heap: the heap's entries hold no
/// object reference, so moving them up and down is plain copying, without the garbage collector's
/// write barrier on every move. Scheduling allocates nothing once the arrays have grown.
/// </summary>
internal sealed class EventQueue
{
    private const int PriorityShift = 62;
    private const int InitialSize = 256;

    private Entry[] _heap = new Entry[InitialSize];
    private Slot[] _slots = new Slot[InitialSize];
    private int[] _freeSlots = new int[InitialSize];
    private int _freeCount;
    private int _usedSlots;
    private ulong _sequence;

    public int Count { get; private set; }

    /// <summary>The time of the next event, or +∞ when the schedule is empty.</summary>
    public double NextTime => Count > 0 ? _heap[0].Time : double.PositiveInfinity;

    public void Push(double time, EventPriority priority, Event item)
    {
        if (Count == _heap.Length)
        {
            Array.Resize(ref _heap, _heap.Length * 2);
            Array.Resize(ref _slots, _slots.Length * 2);
            Array.Resize(ref _freeSlots, _freeSlots.Length * 2);
        }
        // Every scheduled event has its own slot: a free one, or else the next never used.
        var slot = _freeCount > 0 ? _freeSlots[--_freeCount] : _usedSlots++;
        _slots[slot].Event = item;
        var entry = new Entry(time, ((ulong)priority << PriorityShift) | _sequence++, slot);
        // Sift up: move parents down into the hole until the entry's place is found.
        var heap = _heap;
        var hole = Count++;
        while (hole > 0)
        {
            var parent = (hole - 1) >> 1;
            if (!Precedes(entry, heap[parent]))
            {
                break;
            }
            heap[hole] = heap[parent];
            hole = parent;
        }
        heap[hole] = entry;
    }

    public Event Pop(out double time)
    {
        var heap = _heap;
        var top = heap[0];
        var count = --Count;
        if (count > 0)
        {
            SiftDown(heap, count, heap[count]);
        }
        time = top.Time;
        ref var slot = ref _slots[top.Slot];
        var item = slot.Event!;
        slot.Event = null;
        _freeSlots[_freeCount++] = top.Slot;
        return item;
    }

    // Floyd's sift-down: the hole goes down to a leaf along the earlier child (one comparison a level), and the
    // entry, which came from the end of the heap and so usually belongs near the bottom, climbs back from there.
    // Half the comparisons of the textbook loop; the order popped is the same, as every key is distinct.
    private static void SiftDown(Entry[] heap, int count, Entry entry)
    {
        var hole = 0;
        var child = 1;
        while (child < count)
        {
            if (child + 1 < count && Precedes(heap[child + 1], heap[child]))
            {
                child++;
            }
            heap[hole] = heap[child];
            hole = child;
            child = (hole << 1) + 1;
        }
        while (hole > 0)
        {
            var parent = (hole - 1) >> 1;
            if (!Precedes(entry, heap[parent]))
            {
                break;
            }
            heap[hole] = heap[parent];
            hole = parent;
        }
        heap[hole] = entry;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Precedes(in Entry a, in Entry b) => a.Time < b.Time || (a.Time == b.Time && a.Order < b.Order);

    private readonly record struct Entry(double Time, ulong Order, int Slot);

    // A struct around the reference: storing into an array of Event, a type that is not sealed, would check the
    // array's element type on every store.
    private struct Slot
    {
        public Event? Event;
    }
}
