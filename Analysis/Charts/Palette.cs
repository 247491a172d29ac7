namespace Shortfall.Analysis.Charts;

/// <summary>The Okabe–Ito colours (Okabe and Ito, "Color Universal Design", 2008), distinguishable under the
/// common forms of colour blindness, plus the neutral greys of the chart furniture.</summary>
public static class Palette
{
    /// <summary>Okabe–Ito black.</summary>
    public const string Black = "#000000";
    /// <summary>Okabe–Ito orange.</summary>
    public const string Orange = "#E69F00";
    /// <summary>Okabe–Ito sky blue.</summary>
    public const string SkyBlue = "#56B4E9";
    /// <summary>Okabe–Ito bluish green.</summary>
    public const string BluishGreen = "#009E73";
    /// <summary>Okabe–Ito yellow.</summary>
    public const string Yellow = "#F0E442";
    /// <summary>Okabe–Ito blue.</summary>
    public const string Blue = "#0072B2";
    /// <summary>Okabe–Ito vermillion.</summary>
    public const string Vermillion = "#D55E00";
    /// <summary>Okabe–Ito reddish purple.</summary>
    public const string ReddishPurple = "#CC79A7";

    /// <summary>Text and axis lines.</summary>
    public const string Ink = "#222222";
    /// <summary>Secondary text such as notes and messages.</summary>
    public const string Muted = "#666666";
    /// <summary>Gridlines.</summary>
    public const string Grid = "#E4E4E4";

    // Yellow last: it is the hardest to see on white. Black is kept for reference lines.
    private static readonly string[] SeriesOrder =
        [Blue, Orange, BluishGreen, Vermillion, ReddishPurple, SkyBlue, Yellow];

    /// <summary>The number of distinct series colours before they repeat.</summary>
    public static int SeriesCount => SeriesOrder.Length;

    /// <summary>The colour of data series <paramref name="index"/>, repeating after <see cref="SeriesCount"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    public static string Series(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return SeriesOrder[index % SeriesOrder.Length];
    }
}
