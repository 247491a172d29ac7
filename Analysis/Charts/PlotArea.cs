namespace Shortfall.Analysis.Charts;

/// <summary>The rectangle, in pixels from the chart's top-left corner, where data is drawn.</summary>
public readonly record struct PlotArea(double Left, double Top, double Width, double Height)
{
    /// <summary>The x of the right edge.</summary>
    public double Right => Left + Width;

    /// <summary>The y of the bottom edge.</summary>
    public double Bottom => Top + Height;

    /// <summary>The x of the centre.</summary>
    public double CentreX => Left + Width / 2;

    /// <summary>The y of the centre.</summary>
    public double CentreY => Top + Height / 2;
}
