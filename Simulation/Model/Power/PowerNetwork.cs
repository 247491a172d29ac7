using Shortfall.Engine;

namespace Shortfall.Model.Power;

/// <summary>
/// The kW on offer and who draws them. The grid supplies its capacity while it is on; while it is
/// off, a generator on standby (one with fuel) supplies its own, and the switch-over is instantaneous:
/// draws that fit the generator's kW carry on through the grid going off. Consumers draw kW before
/// they work. When the supply drops below what is drawn, every draw is cut at once (a blackout stops
/// all machines): the <see cref="Epoch"/> advances, and a consumer holding a draw from an older
/// epoch knows it lost power.
/// </summary>
internal sealed class PowerNetwork
{

    public PowerNetwork(Simulator sim, double gridKw)
    {
        GridKw = gridKw;
        Changed = new Signal(sim);
        GridChanged = new Signal(sim);
        GeneratorDrawn = new Signal(sim);
    }

    public double GridKw { get; }

    public bool GridOn { get; private set; }

    public double GeneratorKw { get; private set; }

    public double AvailableKw => GridOn ? GridKw : GeneratorKw;

    public double DrawnKw { get; private set; }

    /// <summary>Advances each time the supply is cut below what was drawn.</summary>
    public int Epoch { get; private set; }

    /// <summary>Fired whenever the supply changes or a draw is given back.</summary>
    public Signal Changed { get; }

    /// <summary>Fired when the grid goes on or off.</summary>
    public Signal GridChanged { get; }

    /// <summary>Fired when something starts drawing from the generator (the grid off, a generator on standby),
    /// which is what starts it running; not fired for draws on the grid, so batch starts cost nothing extra.</summary>
    public Signal GeneratorDrawn { get; }

    /// <summary>True while the grid is off and something draws from the generator.</summary>
    public bool GeneratorLoaded => !GridOn && GeneratorKw > 0 && DrawnKw > 0;

    public bool CanDraw(double kw) => Amounts.Covers(AvailableKw, DrawnKw + kw);

    /// <summary>Draws <paramref name="kw"/> if the supply allows, returning the epoch the draw belongs to, or −1.</summary>
    public int TryDraw(double kw)
    {
        if (!CanDraw(kw))
        {
            return -1;
        }
        DrawnKw += kw;
        if (!GridOn && kw > 0)
        {
            GeneratorDrawn.Fire();
        }
        return Epoch;
    }

    /// <summary>Gives back a draw; a draw from an older epoch was already cut.</summary>
    public void Release(double kw, int epoch)
    {
        if (epoch == Epoch)
        {
            DrawnKw = Math.Max(0, DrawnKw - kw);
            Changed.Fire();
        }
    }

    public void SetGrid(bool on)
    {
        var before = AvailableKw;
        GridOn = on;
        GridChanged.Fire();
        AfterChange(before);
    }

    /// <summary>Sets the kW the generator offers while the grid is off: its capacity on standby or running, 0 without fuel.</summary>
    public void SetGenerator(double kw)
    {
        var before = AvailableKw;
        GeneratorKw = kw;
        AfterChange(before);
    }

    private void AfterChange(double before)
    {
        if (AvailableKw == before)
        {
            return;
        }
        if (!Amounts.Covers(AvailableKw, DrawnKw))
        {
            DrawnKw = 0;
            Epoch++;
        }
        Changed.Fire();
    }
}
