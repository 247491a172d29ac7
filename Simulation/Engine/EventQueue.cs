using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Shortfall.Engine;

/// <summary>
/// The schedule: a binary min-heap of (time, order, slot). The order key packs the priority
/// in the top bits above a sequence number that grows with every scheduling, so the key orders
/// all entries completely: earlier time first, then urgent before normal, then first scheduled first.
/// The events themselves wait in a table of slots beside the heap: the heap's entries hold no
/// object reference, so moving them up and down is plain copying, without the garbage collector's
/// write barrier on every move. Scheduling allocates nothing once the arrays have grown.
/// <para>
/// An event scheduled for the instant being processed (a signal's firing, a met wait, a granted request) skips the heap:
/// it joins a first-in-first-out queue of its priority. Every heap entry of that instant was scheduled before the instant
/// began, so it precedes the queued events of its priority, and the order is the heap's own: the instant's urgent heap
/// entries, the urgent queue, the normal heap entries, the normal queue.
/// </para>
/// </summary>
internal sealed class EventQueue
{
    private const int PriorityShift = 62;
    private const int InitialSize = 256;
    private const int TextbookLevels = 3;

    private Entry[] _heap = new Entry[InitialSize];
    private Slot[] _slots = new Slot[InitialSize];
    private int[] _freeSlots = new int[InitialSize];
    private int _freeCount;
    private int _usedSlots;
    private ulong _sequence;

    private readonly Deque<Event> _urgentNow = new();
    private readonly Deque<Event> _normalNow = new();

    /// <summary>The time of the last event taken from the heap: the instant being processed.</summary>
    private double _now;

    /// <summary>Positions of the heap in use, the vacant root included.</summary>
    private int _used;

    /// <summary>True when the last pop took the root and left it empty for the next push: a process resumed by an event
    /// most often schedules its next one at once, and one sift from the root then does the work of two (filling the root
    /// from the end, then raising the new entry from the end).</summary>
    private bool _rootVacant;

    public int Count => (_rootVacant ? _used - 1 : _used) + _urgentNow.Count + _normalNow.Count;

    /// <summary>The time of the next event, or +∞ when the schedule is empty.</summary>
    public double NextTime
    {
        get
        {
            if (_urgentNow.Count + _normalNow.Count > 0)
            {
                return _now;
            }
            if (_rootVacant)
            {
                FillRoot();
            }
            return _used > 0 ? _heap[0].Time : double.PositiveInfinity;
        }
    }

    public void Push(double time, EventPriority priority, Event item)
    {
        if (time == _now)
        {
            if (priority == EventPriority.Urgent)
            {
                _urgentNow.AddLast(item);
            }
            else
            {
                _normalNow.AddLast(item);
            }
            return;
        }
        var entry = new Entry(time, ((ulong)priority << PriorityShift) | _sequence++, SlotFor(item));
        if (_rootVacant)
        {
            _rootVacant = false;
            SiftDownFromRoot(_heap, _used, entry);
            return;
        }
        if (_used == _heap.Length)
        {
            Array.Resize(ref _heap, _heap.Length * 2);
        }
        // Sift up: move parents down into the hole until the entry's place is found.
        var heap = _heap;
        var hole = _used++;
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
        if (_rootVacant)
        {
            FillRoot();
        }
        if (_urgentNow.Count + _normalNow.Count > 0)
        {
            var heapNow = _used > 0 && _heap[0].Time == _now;
            var heapUrgent = heapNow && _heap[0].Order >> PriorityShift == (ulong)EventPriority.Urgent;
            if (!heapUrgent && (_urgentNow.Count > 0 || !heapNow))
            {
                time = _now;
                return _urgentNow.Count > 0 ? _urgentNow.RemoveFirst() : _normalNow.RemoveFirst();
            }
        }
        var top = _heap[0];
        if (_used == 1)
        {
            _used = 0;
        }
        else
        {
            _rootVacant = true;
        }
        time = top.Time;
        _now = time;
        ref var slot = ref _slots[top.Slot];
        var item = slot.Event!;
        if (!item.IsPooled)
        {
            slot.Event = null;
            _freeSlots[_freeCount++] = top.Slot;
        }
        return item;
    }

    private void FillRoot()
    {
        _rootVacant = false;
        var last = --_used;
        SiftDownFloyd(_heap, last, _heap[last]);
    }

    // A pooled event keeps the slot it was first given for good, as it is scheduled again and again: no reference is
    // stored or cleared for it per step. Any other event is scheduled once and takes a slot only while it waits.
    private int SlotFor(Event item)
    {
        if (item.IsPooled)
        {
            var pooled = Unsafe.As<PooledEvent>(item);
            if (pooled.ScheduleSlot < 0)
            {
                pooled.ScheduleSlot = NewSlot(item);
            }
            return pooled.ScheduleSlot;
        }
        if (_freeCount > 0)
        {
            var slot = _freeSlots[--_freeCount];
            _slots[slot].Event = item;
            return slot;
        }
        return NewSlot(item);
    }

    /// <summary>Gives up the slot of a pooled event that will not be scheduled again (it is not going back to its pool).</summary>
    public void Release(PooledEvent item)
    {
        if (item.ScheduleSlot < 0)
        {
            // Only ever queued for its instant: it never took a slot.
            return;
        }
        _slots[item.ScheduleSlot].Event = null;
        _freeSlots[_freeCount++] = item.ScheduleSlot;
        item.ScheduleSlot = -1;
    }

    private int NewSlot(Event item)
    {
        if (_usedSlots == _slots.Length)
        {
            Array.Resize(ref _slots, _slots.Length * 2);
            Array.Resize(ref _freeSlots, _freeSlots.Length * 2);
        }
        _slots[_usedSlots].Event = item;
        return _usedSlots++;
    }

    // Floyd's sift-down from the hole: the hole goes down to a leaf along the earlier child (one comparison a level),
    // and the entry climbs back from there. It suits an entry that belongs near the bottom, as the one taken from the
    // end of the heap usually does: half the comparisons of the textbook loop, and the order popped is the same, as every
    // key is distinct. Which child is earlier is a coin toss for random times, so it is chosen by arithmetic, not by a
    // branch the processor would mispredict at every other level; indices stay below count, so the array is read
    // without bounds checks.
    private static void SiftDownFloyd(Entry[] heap, int count, Entry entry, int hole = 0)
    {
        ref var root = ref MemoryMarshal.GetArrayDataReference(heap);
        var top = hole;
        var child = (hole << 1) + 1;
        var lastWithSibling = count - 1;
        while (child < lastWithSibling)
        {
            child += RightFirst(Unsafe.Add(ref root, child), Unsafe.Add(ref root, child + 1));
            Unsafe.Add(ref root, hole) = Unsafe.Add(ref root, child);
            hole = child;
            child = (hole << 1) + 1;
        }
        if (child == lastWithSibling)
        {
            Unsafe.Add(ref root, hole) = Unsafe.Add(ref root, child);
            hole = child;
        }
        while (hole > top)
        {
            var parent = (hole - 1) >> 1;
            if (!Precedes(entry, Unsafe.Add(ref root, parent)))
            {
                break;
            }
            Unsafe.Add(ref root, hole) = Unsafe.Add(ref root, parent);
            hole = parent;
        }
        Unsafe.Add(ref root, hole) = entry;
    }

    // A new entry put in the vacant root: one that falls due soon (the next part, the next hold) belongs near the top,
    // so the first levels are the textbook loop, which stops where the entry belongs; one that goes deeper (tomorrow's
    // midnight) most likely belongs near the bottom, where Floyd's way gets it more cheaply.
    private static void SiftDownFromRoot(Entry[] heap, int count, Entry entry)
    {
        ref var root = ref MemoryMarshal.GetArrayDataReference(heap);
        var hole = 0;
        for (var level = 0; level < TextbookLevels; level++)
        {
            var child = (hole << 1) + 1;
            if (child >= count)
            {
                break;
            }
            if (child + 1 < count)
            {
                child += RightFirst(Unsafe.Add(ref root, child), Unsafe.Add(ref root, child + 1));
            }
            if (!Precedes(Unsafe.Add(ref root, child), entry))
            {
                Unsafe.Add(ref root, hole) = entry;
                return;
            }
            Unsafe.Add(ref root, hole) = Unsafe.Add(ref root, child);
            hole = child;
        }
        SiftDownFloyd(heap, count, entry, hole);
    }

    /// <summary>1 when the right child comes first, else 0, by arithmetic on the keys: no branch taken.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int RightFirst(in Entry left, in Entry right)
    {
        var byTime = right.TimeKey - left.TimeKey;
        var byOrder = (long)(right.Order - left.Order);
        return (int)((ulong)(byTime != 0 ? byTime : byOrder) >> 63);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Precedes(in Entry a, in Entry b) => a.TimeKey < b.TimeKey || (a.TimeKey == b.TimeKey && a.Order < b.Order);

    /// <summary>A scheduled event's place. Times are never negative, and the bits of non-negative doubles order as the
    /// doubles do, so the time is kept as those bits (+0 for −0): comparing it is integer arithmetic.</summary>
    private readonly struct Entry(double time, ulong order, int slot)
    {
        public readonly long TimeKey = BitConverter.DoubleToInt64Bits(time + 0.0);
        public readonly ulong Order = order;
        public readonly int Slot = slot;

        public double Time => BitConverter.Int64BitsToDouble(TimeKey);
    }

    // A struct around the reference: storing into an array of Event, a type that is not sealed, would check the
    // array's element type on every store.
    private struct Slot
    {
        public Event? Event;
    }
}
