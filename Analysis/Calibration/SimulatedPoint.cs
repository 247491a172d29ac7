namespace Shortfall.Analysis.Calibration;

/// <summary>What the model gave at one parameter point: the distance to the observations of each replication run
/// there, and the mean over those replications of each observed statistic (for posterior-predictive checks).</summary>
/// <param name="Distances">One distance per replication, each ≥ 0.</param>
/// <param name="Statistics">One value per observation, in the observations' order.</param>
public sealed record SimulatedPoint(double[] Distances, double[] Statistics);
