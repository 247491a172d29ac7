namespace Shortfall.Analysis.Calibration;

/// <summary>Where a calibration is: the generation under way, its tolerance, particles accepted of those wanted, attempts so far.</summary>
public sealed record AbcProgress(int Generation, double Tolerance, int Accepted, int Wanted, long Attempts);
