namespace Shortfall.Analysis.Reports;

/// <summary>A proportion with its Wilson interval, as summary.json records it.</summary>
/// <param name="Estimate">Successes / trials, from 0 to 1.</param>
/// <param name="Low">Lower confidence limit.</param>
/// <param name="High">Upper confidence limit.</param>
/// <param name="Successes">Months (or destination-months) that met the target.</param>
/// <param name="Trials">Months (or destination-months) counted.</param>
public sealed record Proportion(double Estimate, double Low, double High, long Successes, long Trials);
