namespace Shortfall.Analysis.Optimisation;

/// <summary>One replication of one candidate of a selection (<see cref="KimNelsonSelection"/>).</summary>
/// <param name="Candidate">The candidate's index.</param>
/// <param name="Replication">The replication index; the same index shares random numbers across candidates.</param>
public readonly record struct CandidateReplication(int Candidate, long Replication);
