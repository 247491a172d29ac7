namespace Shortfall.Model.Definition;

/// <summary>A product, measured in <see cref="Unit"/>, that spoils <see cref="ShelfLifeHours"/>
/// after it is made (∞ when it keeps), held in a store of <see cref="StorageCapacity"/>.</summary>
public sealed record Product(string Name, string Unit, double ShelfLifeHours, double StorageCapacity)
{
    /// <summary>Lines start a batch of the product only while the stock on hand, batches under way
    /// included, is below this level (∞: whenever the store has room), so that a plant makes what
    /// its destinations can take rather than filling the store with product that will spoil.</summary>
    public double RestockBelow { get; init; } = double.PositiveInfinity;
}
