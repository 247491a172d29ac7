namespace Shortfall.Analysis.Optimisation.Documents;

/// <summary>How an optimisation used a calibration's posterior.</summary>
/// <param name="File">The posterior.csv it read.</param>
/// <param name="Sha256">That file's SHA-256.</param>
/// <param name="Sets">Its weighted parameter sets.</param>
/// <param name="Objective">What the objective became and how replications were spread over the sets.</param>
/// <param name="ReplicationsPerSet">Replications of every finalist on every set for <see cref="PortfolioDocument.BestShare"/>.</param>
/// <param name="Replications">Those replications, all finalists and sets.</param>
public sealed record PosteriorDocument(string File, string Sha256, int Sets, string Objective, int ReplicationsPerSet, long Replications);
