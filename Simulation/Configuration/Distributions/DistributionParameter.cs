namespace Shortfall.Configuration.Distributions;

/// <summary>A named parameter of a distribution. <see cref="Measured"/> parameters carry the use's unit (a
/// duration's mean in hours); the others are plain numbers (a shape, a probability, weights).</summary>
internal sealed record DistributionParameter(string Name, bool Measured, bool IsList = false, bool Optional = false);
