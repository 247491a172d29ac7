namespace Shortfall.Model.Definition;

/// <summary>A product, measured in <see cref="Unit"/>, that spoils <see cref="ShelfLifeHours"/>
/// after it is made (∞ when it keeps), held in a store of <see cref="StorageCapacity"/>.</summary>
public sealed record Product(string Name, string Unit, double ShelfLifeHours, double StorageCapacity)
{
    /// <summary>Lines start a batch of the product only while the stock on hand, batches under way
    /// included, is below this level (∞: whenever the store has room), so that a plant makes what
    /// its destinations can take rather than filling the store with product that will spoil.</summary>
    public double RestockBelow { get; init; } = double.PositiveInfinity;

    /// <summary>Whether lines make the product only for days it can be used (see <see cref="MakeRule.ForUse"/>).</summary>
    public MakeRule Make { get; init; } = MakeRule.ToStock;
}

/// <summary>When lines make a product.</summary>
public enum MakeRule
{
    /// <summary>Whenever a line can and the store has room (and stock is below the restocking level).</summary>
    ToStock,

    /// <summary>As <see cref="ToStock"/>, and on a day only when some destination of the product is open within
    /// its shelf life with a carrier that serves it on duty then and able to go (fuel for a trip). A product
    /// no destination receives is made to stock.</summary>
    ForUse,
}
