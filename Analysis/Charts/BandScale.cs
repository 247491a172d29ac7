namespace Shortfall.Analysis.Charts;

/// <summary>Divides a pixel range into equal bands, one per category in order, each with padding shared
/// equally on both sides. With no categories there are no bands.</summary>
public sealed class BandScale
{
    /// <summary>Creates the scale.</summary>
    /// <param name="categories">Category labels, first band at <paramref name="rangeStart"/>.</param>
    /// <param name="rangeStart">Pixel where the first band's slot begins.</param>
    /// <param name="rangeEnd">Pixel where the last band's slot ends; greater than the start.</param>
    /// <param name="padding">The fraction of each slot left empty, in [0, 1).</param>
    /// <exception cref="ArgumentOutOfRangeException">The range is empty or reversed, or padding is outside [0, 1).</exception>
    public BandScale(IReadOnlyList<string> categories, double rangeStart, double rangeEnd, double padding = 0.3)
    {
        ArgumentNullException.ThrowIfNull(categories);
        if (!double.IsFinite(rangeStart) || !double.IsFinite(rangeEnd) || rangeEnd <= rangeStart)
        {
            throw new ArgumentOutOfRangeException(nameof(rangeEnd), $"The pixel range [{rangeStart}, {rangeEnd}] must be finite and increasing.");
        }
        if (!(padding >= 0 && padding < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(padding), padding, "Padding must be in [0, 1).");
        }
        Categories = categories;
        RangeStart = rangeStart;
        Slot = categories.Count == 0 ? 0 : (rangeEnd - rangeStart) / categories.Count;
        Padding = padding;
    }

    /// <summary>The categories in band order.</summary>
    public IReadOnlyList<string> Categories { get; }

    /// <summary>Pixel where the first slot begins.</summary>
    public double RangeStart { get; }

    /// <summary>The pixel length of one slot (band plus its padding).</summary>
    public double Slot { get; }

    /// <summary>The fraction of a slot left empty.</summary>
    public double Padding { get; }

    /// <summary>The pixel length of one band.</summary>
    public double Bandwidth => Slot * (1 - Padding);

    /// <summary>Pixel where band <paramref name="index"/> begins.</summary>
    /// <exception cref="ArgumentOutOfRangeException">There is no such category.</exception>
    public double Start(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Categories.Count);
        return RangeStart + index * Slot + Slot * Padding / 2;
    }

    /// <summary>Pixel at the middle of band <paramref name="index"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">There is no such category.</exception>
    public double Centre(int index) => Start(index) + Bandwidth / 2;
}
