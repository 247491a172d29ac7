namespace Shortfall.Analysis.Calibration;

/// <summary>
/// The model as calibration sees it: a parameter vector and a seed give the distances of a few replications
/// to the observations. It must depend on its arguments alone and be safe to call from several threads at once.
/// </summary>
public delegate SimulatedPoint AbcModel(double[] parameters, ulong seed);
