namespace Shortfall.Analysis.Charts;

/// <summary>The outer size of a chart in pixels.</summary>
/// <param name="Width">Width in pixels, at least 200.</param>
/// <param name="Height">Height in pixels, at least 150.</param>
public sealed record ChartSize(double Width, double Height)
{
    /// <summary>720 × 420, which fits a report column and a terminal screenshot.</summary>
    public static ChartSize Default { get; } = new(720, 420);

    /// <summary>Throws if the size leaves no room for a plot.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Width below 200 or height below 150, or not finite.</exception>
    public void Validate()
    {
        if (!(double.IsFinite(Width) && Width >= 200))
        {
            throw new ArgumentOutOfRangeException(nameof(Width), Width, "A chart must be at least 200 pixels wide.");
        }
        if (!(double.IsFinite(Height) && Height >= 150))
        {
            throw new ArgumentOutOfRangeException(nameof(Height), Height, "A chart must be at least 150 pixels high.");
        }
    }
}
