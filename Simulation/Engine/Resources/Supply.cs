namespace Shortfall.Engine.Resources;

/// <summary>
/// A continuous resource whose capacity changes over time, like the kW a grid or a generator offers:
/// holders draw an amount while it fits and give it back when done. When the capacity falls below what
/// is drawn, every draw is cut at once (a blackout stops all machines): the <see cref="Epoch"/> advances,
/// and a holder whose draw is from an older epoch knows it was cut (<see cref="IsCut"/>). Unlike a
/// <see cref="Container"/>, nobody waits in line: a holder that finds too little looks again when
/// <see cref="Changed"/> fires.
/// </summary>
public sealed class Supply
{
    /// <summary>Creates a supply offering nothing yet.</summary>
    public Supply(Simulator simulator)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        Changed = new Signal(simulator);
    }

    /// <summary>What is on offer now.</summary>
    public double Capacity { get; private set; }

    /// <summary>What the holders draw now.</summary>
    public double Drawn { get; private set; }

    /// <summary>Advances each time the capacity falls below what was drawn and every draw is cut.</summary>
    public int Epoch { get; private set; }

    /// <summary>Fired whenever the capacity changes or a draw is given back.</summary>
    public Signal Changed { get; }

    /// <summary>True when <paramref name="amount"/> more fits, up to rounding (<see cref="Amounts"/>).</summary>
    public bool CanDraw(double amount) => Amounts.Covers(Capacity, Drawn + amount);

    /// <summary>Draws <paramref name="amount"/> if it fits; null when it does not.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the amount is negative or not a number.</exception>
    public SupplyDraw? TryDraw(double amount)
    {
        if (!(amount >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "amount must be ≥ 0");
        }
        if (!CanDraw(amount))
        {
            return null;
        }
        Drawn += amount;
        return new SupplyDraw(amount, Epoch);
    }

    /// <summary>True when <paramref name="draw"/> was cut by a fall of the capacity since it was made.</summary>
    public bool IsCut(SupplyDraw draw) => draw.Epoch != Epoch;

    /// <summary>Gives back a draw; one that was cut is already gone.</summary>
    public void Release(SupplyDraw draw)
    {
        if (IsCut(draw))
        {
            return;
        }
        Drawn = Math.Max(0, Drawn - draw.Amount);
        Changed.Fire();
    }

    /// <summary>Sets what is on offer; when it no longer covers what is drawn, every draw is cut.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the capacity is negative or not a number.</exception>
    public void SetCapacity(double capacity)
    {
        if (!(capacity >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "capacity must be ≥ 0");
        }
        if (capacity == Capacity)
        {
            return;
        }
        Capacity = capacity;
        if (!Amounts.Covers(Capacity, Drawn))
        {
            Drawn = 0;
            Epoch++;
        }
        Changed.Fire();
    }
}

/// <summary>A holder's draw on a <see cref="Supply"/>: how much, and the epoch it was made in.</summary>
public readonly record struct SupplyDraw(double Amount, int Epoch);
