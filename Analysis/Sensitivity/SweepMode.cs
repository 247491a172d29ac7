namespace Shortfall.Analysis.Sensitivity;

/// <summary>How a sweep chooses its points.</summary>
public enum SweepMode
{
    /// <summary>One at a time: each input through its steps while the others keep their baseline values (tornado data).</summary>
    OneAtATime,

    /// <summary>Latin hypercube: every input varies in every point, each input's range split into as many strata as points, one point per stratum.</summary>
    LatinHypercube,
}
