using Shortfall.Engine;
using Shortfall.Engine.Resources;

namespace Shortfall.Model.Power;

/// <summary>
/// The kW on offer and who draws them. The grid supplies its capacity while it is on; while it is
/// off, a generator on standby (one with fuel) supplies its own, and the switch-over is instantaneous:
/// draws that fit the generator's kW carry on through the grid going off. Consumers draw kW before
/// they work. When the supply drops below what is drawn, every draw is cut at once (a blackout stops
/// all machines). The kW themselves are a kernel <see cref="Supply"/> whose capacity the grid and the
/// generator set; a consumer whose draw was cut knows it by <see cref="IsCut"/>. While no one hears the grid, its
/// process sleeps (see <see cref="GridProcess"/>): every answer that depends on the grid first brings it up to date.
/// </summary>
internal sealed class PowerNetwork
{
    private readonly Supply _supply;
    /// <summary>The process that switches the grid, told when someone reads the grid's state, listens to the power or draws from it.</summary>
    private GridProcess? _grid;
    private bool _gridOn;

    public PowerNetwork(Simulator sim, double gridKw)
    {
        GridKw = gridKw;
        _supply = new Supply(sim);
        GridChanged = new Signal(sim);
        GeneratorDrawn = new Signal(sim);
    }

    public double GridKw { get; }

    public bool GridOn
    {
        get
        {
            _grid?.CatchUp();
            return _gridOn;
        }
    }

    public double GeneratorKw { get; private set; }

    private double AvailableKw => _gridOn ? GridKw : GeneratorKw;

    public double DrawnKw => _supply.Drawn;

    /// <summary>Fired whenever the supply changes or a draw is given back.</summary>
    public Signal Changed => _supply.Changed;

    /// <summary>Fired when the grid goes on or off.</summary>
    public Signal GridChanged { get; }

    /// <summary>Fired when something starts drawing from the generator (the grid off, a generator on standby),
    /// which is what starts it running; not fired for draws on the grid, so batch starts cost nothing extra.</summary>
    public Signal GeneratorDrawn { get; }

    /// <summary>True while the grid is off and something draws from the generator.</summary>
    public bool GeneratorLoaded => !GridOn && GeneratorKw > 0 && DrawnKw > 0;

    public bool CanDraw(double kw)
    {
        _grid?.CatchUp();
        return _supply.CanDraw(kw);
    }

    /// <summary>Draws <paramref name="kw"/> if the supply allows; null when it does not. A draw keeps the grid's process awake, for
    /// the grid going off must cut it at that instant.</summary>
    public SupplyDraw? TryDraw(double kw)
    {
        _grid?.CatchUp();
        var draw = _supply.TryDraw(kw);
        if (draw is not null && kw > 0)
        {
            _grid?.Wake();
            if (!_gridOn)
            {
                GeneratorDrawn.Fire();
            }
        }
        return draw;
    }

    /// <summary>True when a blackout cut <paramref name="draw"/> since it was made. A draw of nothing is never cut: a line that
    /// draws 0 kW runs on through a blackout that stops the others.</summary>
    public bool IsCut(SupplyDraw draw) => draw.Amount > 0 && _supply.IsCut(draw);

    /// <summary>Gives back a draw; one a blackout cut is already gone.</summary>
    public void Release(SupplyDraw draw) => _supply.Release(draw);

    /// <summary>Has <paramref name="grid"/> switch the grid: it is told before every answer that depends on the grid, and whenever
    /// something starts listening to the power or the grid, so that it can sleep while no one does.</summary>
    public void FollowGrid(GridProcess grid)
    {
        _grid = grid;
        Changed.Listened = grid.Wake;
        GridChanged.Listened = grid.Wake;
    }

    /// <summary>Switches the grid on or off; false when it already was.</summary>
    public bool SetGrid(bool on)
    {
        if (on == _gridOn)
        {
            return false;
        }
        _gridOn = on;
        GridChanged.Fire();
        _supply.SetCapacity(AvailableKw);
        return true;
    }

    /// <summary>Sets the kW the generator offers while the grid is off: its capacity on standby or running, 0 without fuel.</summary>
    public void SetGenerator(double kw)
    {
        GeneratorKw = kw;
        _supply.SetCapacity(AvailableKw);
    }
}
