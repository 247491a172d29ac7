using Shortfall.Analysis.Running;
using Shortfall.Analysis.Statistics;

namespace Shortfall.Analysis.Sensitivity;

/// <summary>A finished sweep: its design, the run of all its points (point i is variant i of the run), and the inputs' effects in input order.</summary>
public sealed record SweepOutcome(
    SweepMode Mode,
    IReadOnlyList<SweepParameter> Parameters,
    IReadOnlyList<SweepPoint> Points,
    RunOutcome Run,
    IReadOnlyList<ParameterEffect> Effects)
{
    /// <summary>One at a time: the paired differences against the baseline of input <paramref name="parameter"/>'s lowest and highest
    /// points (null when the run has none, as in a Latin hypercube).</summary>
    public (MeanEstimate? Low, MeanEstimate? High) EndDifferences(int parameter)
    {
        if (Mode != SweepMode.OneAtATime)
        {
            return (null, null);
        }

        var own = Points.Where(p => p.Values[parameter] is not null).ToArray();
        return own.Length == 0 ? (null, null) : (Run.Variants[own[0].Index].Difference, Run.Variants[own[^1].Index].Difference);
    }
}
