namespace Shortfall.Analysis.Calibration;

/// <summary>One attempt as the model sees it: the parameter set to simulate and the seed to simulate it with (<see cref="AttemptSeeds.Model"/>).</summary>
/// <param name="Parameters">The parameter values, in the priors' order.</param>
/// <param name="Seed">The model's seed.</param>
public sealed record AbcPoint(double[] Parameters, ulong Seed);
