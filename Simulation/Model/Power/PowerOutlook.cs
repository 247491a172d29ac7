using Shortfall.Model.Time;

namespace Shortfall.Model.Power;

/// <summary>
/// The power a line that would lose a cut batch can count on when it decides whether to start one:
/// what is left of the grid's published window (random outages cannot be foreseen, so an outage under
/// way inside a window is expected to end), and beyond it the generator, if it has the kW and the fuel
/// to carry the batch past the window's end. A generator without fuel promises nothing.
/// </summary>
internal sealed class PowerOutlook(DailyWindows schedule, GeneratorProcess? generator)
{
    /// <summary>True when <paramref name="kw"/> can be counted on for <paramref name="hours"/> from <paramref name="now"/>.</summary>
    public bool Lasts(double now, double kw, double hours)
    {
        if (kw <= 0)
        {
            return true;
        }
        var onGrid = schedule.IsOpen(now) ? schedule.NextChange(now) - now : 0;
        return onGrid >= hours || (generator is not null && generator.CanCarry(kw, hours - onGrid));
    }
}
