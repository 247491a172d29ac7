namespace Shortfall.Analysis.Commands;

/// <summary>Where a command writes, whether its error stream is an interactive terminal (for a live progress bar), and what cancels it.</summary>
public sealed record CommandIO(TextWriter Output, TextWriter Error, bool Interactive, CancellationToken Cancellation);
