namespace Shortfall.Engine.Resources;

/// <summary>The cause of an interrupt by preemption: who took the unit, since when the victim had held it, and of which resource.</summary>
public sealed record Preempted(Process? By, double UsageSince, Resource Resource);
