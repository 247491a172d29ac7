namespace Shortfall.Model.Definition;

/// <summary>A product, measured in <see cref="Unit"/>, that spoils <see cref="ShelfLifeHours"/>
/// after it is made (∞ when it keeps), held in a store of <see cref="StorageCapacity"/>.</summary>
public sealed record Product(string Name, string Unit, double ShelfLifeHours, double StorageCapacity);
