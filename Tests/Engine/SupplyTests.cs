using Shortfall.Engine;
using Shortfall.Engine.Resources;

namespace Shortfall.Tests.Engine;

/// <summary>A supply whose capacity changes: draws fit or not, a fall below what is drawn cuts every draw.</summary>
public class SupplyTests
{
    private readonly Simulator _sim = new();

    [Fact]
    public void Draws_fit_up_to_the_capacity_and_come_back_when_released()
    {
        var kw = new Supply(_sim);
        Assert.Null(kw.TryDraw(1));
        kw.SetCapacity(30);
        var line = kw.TryDraw(15);
        var pump = kw.TryDraw(0.1 + 0.2);
        Assert.NotNull(line);
        Assert.NotNull(pump);
        Assert.Null(kw.TryDraw(15));
        kw.Release(line!.Value);
        Assert.Equal(0.1 + 0.2, kw.Drawn, 12);
        Assert.NotNull(kw.TryDraw(29.7));
    }

    [Fact]
    public void A_fall_below_what_is_drawn_cuts_every_draw_at_once_and_a_smaller_fall_cuts_none()
    {
        var kw = new Supply(_sim);
        kw.SetCapacity(30);
        var a = kw.TryDraw(10)!.Value;
        var b = kw.TryDraw(10)!.Value;
        kw.SetCapacity(20);
        Assert.False(kw.IsCut(a) || kw.IsCut(b));
        kw.SetCapacity(15);
        Assert.True(kw.IsCut(a) && kw.IsCut(b));
        Assert.Equal(0, kw.Drawn);
        // Giving back a cut draw changes nothing: it is already gone.
        var c = kw.TryDraw(15)!.Value;
        kw.Release(a);
        Assert.Equal(15, kw.Drawn);
        Assert.False(kw.IsCut(c));
    }

    [Fact]
    public void Changed_fires_when_the_capacity_changes_or_a_draw_comes_back_and_not_when_nothing_changes()
    {
        var kw = new Supply(_sim);
        var fired = new List<double>();
        _sim.Process(Watcher());
        _sim.Process(Grid());
        _sim.Run();
        Assert.Equal([1, 3, 4], fired);

        IEnumerable<Event> Watcher()
        {
            while (true)
            {
                yield return kw.Changed.Next;
                fired.Add(_sim.Now);
            }
        }

        IEnumerable<Event> Grid()
        {
            yield return _sim.Timeout(1);
            kw.SetCapacity(30);
            var draw = kw.TryDraw(5)!.Value;
            yield return _sim.Timeout(1);
            kw.SetCapacity(30);
            yield return _sim.Timeout(1);
            kw.Release(draw);
            yield return _sim.Timeout(1);
            kw.SetCapacity(0);
        }
    }

    [Fact]
    public void A_negative_capacity_or_draw_is_refused()
    {
        var kw = new Supply(_sim);
        Assert.Throws<ArgumentOutOfRangeException>(() => kw.SetCapacity(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => kw.TryDraw(double.NaN));
    }
}
