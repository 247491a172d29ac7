using Shortfall.Analysis.Running;

namespace Shortfall.Analysis.Sensitivity;

/// <summary>A finished sweep: its design, the run of all its points (point i is variant i of the run), and the inputs' effects in input order.</summary>
public sealed record SweepOutcome(
    SweepMode Mode,
    IReadOnlyList<SweepParameter> Parameters,
    IReadOnlyList<SweepPoint> Points,
    RunOutcome Run,
    IReadOnlyList<ParameterEffect> Effects);
