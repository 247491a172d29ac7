namespace Shortfall.Analysis.Calibration;

/// <summary>An accepted parameter set of one generation.</summary>
/// <param name="Parameters">The parameter values, in the priors' order.</param>
/// <param name="Weight">Its normalised importance weight (the generation's weights sum to 1).</param>
/// <param name="Point">What the model gave there.</param>
/// <param name="Attempt">The attempt index that produced it within its generation.</param>
public sealed record Particle(double[] Parameters, double Weight, SimulatedPoint Point, long Attempt);
