namespace Shortfall.Engine.Resources;

/// <summary>
/// A continuous amount between 0 and <see cref="Capacity"/>: a stock of soybeans, a fuel tank,
/// kW of available power. A put waits until the amount fits; a get waits until the amount is there.
/// The level never leaves [0, capacity]: amounts that fit up to rounding (<see cref="Amounts"/>, the
/// one rule for quantities) are let through and the level is clamped, so that sums of decimal
/// quantities such as 0.1 + 0.2 do not block forever.
/// </summary>
public sealed class Container : PutGetResource<ContainerPut, ContainerGet>
{
    /// <summary>Creates a container holding <paramref name="initial"/> of at most <paramref name="capacity"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When capacity is not positive or the initial level is outside [0, capacity].</exception>
    public Container(Simulator simulator, double capacity = double.PositiveInfinity, double initial = 0) : base(simulator)
    {
        if (!(capacity > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "capacity must be > 0");
        }
        if (!(initial >= 0 && initial <= capacity))
        {
            throw new ArgumentOutOfRangeException(nameof(initial), initial, $"initial level must be in [0, {capacity}]");
        }
        Capacity = capacity;
        Level = initial;
    }

    /// <summary>The most the container holds.</summary>
    public double Capacity { get; }

    /// <summary>What it holds now.</summary>
    public double Level { get; private set; }

    /// <summary>Puts <paramref name="amount"/> in, waiting until it fits.</summary>
    /// <param name="amount">How much to put in.</param>
    /// <param name="reusing">A put of this container that has happened and been processed, to ask with again instead of allocating.</param>
    /// <exception cref="ArgumentOutOfRangeException">When the amount is not positive or exceeds the capacity (it could never fit).</exception>
    /// <exception cref="InvalidOperationException">When <paramref name="reusing"/> has not happened and been processed.</exception>
    public ContainerPut Put(double amount, ContainerPut? reusing = null) => EnqueuePut(Renewed(reusing, Checked(amount)) ?? new ContainerPut(this, amount));

    /// <summary>
    /// Takes up to <paramref name="amount"/> out at once, without waiting, and returns what was taken: for an owner that
    /// decides for itself what it can take (a plant drawing its stock). What is left within rounding of what was
    /// taken is taken too. Puts waiting for room are served after.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">When the amount is negative or not a number.</exception>
    public double TakeUpTo(double amount)
    {
        if (!(amount >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "amount must be ≥ 0");
        }
        var taken = Math.Min(Level, amount);
        Level = Amounts.Covers(taken, Level) ? 0 : Level - taken;
        if (taken > 0)
        {
            LevelChanged(Level);
            Serve();
        }
        return taken;
    }

    /// <summary>
    /// Puts <paramref name="amount"/> in at once, without waiting, or as much of it as fits, and returns what was put:
    /// for an owner that decides for itself what it accepts (a store refusing what it has no room for). Gets waiting
    /// for the amount are served after.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">When the amount is negative or not a number.</exception>
    public double PutUpTo(double amount)
    {
        if (!(amount >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "amount must be ≥ 0");
        }
        var put = Math.Min(amount, Capacity - Level);
        if (put > 0)
        {
            Level += put;
            LevelChanged(Level);
            Serve();
        }
        return put;
    }

    /// <summary>Takes <paramref name="amount"/> out, waiting until it is there.</summary>
    /// <param name="amount">How much to take out.</param>
    /// <param name="reusing">A get of this container that has happened and been processed, to ask with again instead of allocating.</param>
    /// <exception cref="ArgumentOutOfRangeException">When the amount is not positive or exceeds the capacity (it could never be there).</exception>
    /// <exception cref="InvalidOperationException">When <paramref name="reusing"/> has not happened and been processed.</exception>
    public ContainerGet Get(double amount, ContainerGet? reusing = null) => EnqueueGet(Renewed(reusing, Checked(amount)) ?? new ContainerGet(this, amount));

    private protected override bool TryPut(ContainerPut put)
    {
        if (!Amounts.Covers(Capacity, Level + put.Amount))
        {
            return false;
        }
        Level = Math.Min(Capacity, Level + put.Amount);
        LevelChanged(Level);
        put.Succeed();
        return true;
    }

    private protected override bool TryGet(ContainerGet get)
    {
        if (!Amounts.Covers(Level, get.Amount))
        {
            return false;
        }
        Level = Math.Max(0, Level - get.Amount);
        LevelChanged(Level);
        get.Succeed();
        return true;
    }

    private T? Renewed<T>(T? reusing, double amount)
        where T : ContainerRequest
    {
        reusing?.Renew(this, amount);
        return reusing;
    }

    private double Checked(double amount)
    {
        if (!(amount > 0 && amount <= Capacity))
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, $"amount must be > 0 and ≤ capacity ({Capacity})");
        }
        return amount;
    }
}
