namespace Shortfall.Engine.Resources;

/// <summary>
/// The template of resources that things are put into and taken out of (<see cref="Container"/>,
/// <see cref="Store{T}"/>): it owns the line of waiting puts and the line of waiting gets and,
/// after every change, serves both lines until neither can move. A subclass only says when one
/// put or one get can happen (<see cref="TryPut"/>, <see cref="TryGet"/>).
/// Puts are served strictly in order; gets too, unless <see cref="GetsWaitInLine"/> is false.
/// </summary>
public abstract class PutGetResource<TPut, TGet>
    where TPut : Event
    where TGet : Event
{
    private readonly Deque<TPut> _puts = new();
    private readonly Deque<TGet> _gets = new();

    /// <summary>Creates the resource in <paramref name="simulator"/>.</summary>
    protected PutGetResource(Simulator simulator)
    {
        Simulator = simulator ?? throw new ArgumentNullException(nameof(simulator));
    }

    /// <summary>The simulator the resource lives in.</summary>
    public Simulator Simulator { get; }

    /// <summary>How many puts wait.</summary>
    public int PutQueueLength => _puts.Count;

    /// <summary>How many gets wait.</summary>
    public int GetQueueLength => _gets.Count;

    /// <summary>Told whenever the level changes.</summary>
    public ILevelObserver? Observer { get; set; }

    /// <summary>False when a get that cannot be served must not hold up the gets behind it (filtered gets).</summary>
    private protected virtual bool GetsWaitInLine => true;

    /// <summary>Performs <paramref name="put"/> and triggers it if it can happen now.</summary>
    private protected abstract bool TryPut(TPut put);

    /// <summary>Performs <paramref name="get"/> and triggers it if it can happen now.</summary>
    private protected abstract bool TryGet(TGet get);

    /// <summary>Adds a put to the end of its line and serves the lines.</summary>
    private protected TPut EnqueuePut(TPut put)
    {
        _puts.AddLast(put);
        Settle();
        return put;
    }

    /// <summary>Adds a get to the end of its line and serves the lines.</summary>
    private protected TGet EnqueueGet(TGet get)
    {
        _gets.AddLast(get);
        Settle();
        return get;
    }

    /// <summary>Withdraws a waiting put or get; does nothing once it has happened.</summary>
    internal void Withdraw(Event request)
    {
        if (request is TPut put && _puts.Remove(put) || request is TGet get && _gets.Remove(get))
        {
            // Removing a blocked head may unblock the requests behind it.
            Settle();
        }
    }

    /// <summary>Serves the waiting lines after the contents changed outside them.</summary>
    private protected void Serve() => Settle();

    /// <summary>Tells the observer about the new level.</summary>
    private protected void LevelChanged(double level) => Observer?.OnLevelChanged(Simulator.Now, level);

    // Served gets only take out, so a get that could not be served cannot be served before a put
    // has happened: the gets are tried once, and again only after a put (each filter of a FilterStore
    // then tries each item once per put, as in SimPy, instead of twice).
    private void Settle()
    {
        ServePuts();
        while (ServeGets() && ServePuts())
        {
        }
    }

    private bool ServePuts()
    {
        var moved = false;
        while (_puts.Count > 0 && TryPut(_puts[0]))
        {
            _puts.RemoveAt(0);
            moved = true;
        }
        return moved;
    }

    private bool ServeGets()
    {
        var moved = false;
        for (var i = 0; i < _gets.Count;)
        {
            if (TryGet(_gets[i]))
            {
                _gets.RemoveAt(i);
                moved = true;
            }
            else if (GetsWaitInLine)
            {
                break;
            }
            else
            {
                i++;
            }
        }
        return moved;
    }
}
