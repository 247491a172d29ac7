using Shortfall.Engine;
using Shortfall.Model.Production;
using Shortfall.Model.Products;
using Shortfall.Model.Supplies;

namespace Shortfall.Model.Delivery;

/// <summary>What delivery draws on: the product stores, which store each destination takes from, the
/// material stocks (fuel) and their ration (null when nothing is rationed), and the production log that
/// explains a shortage of product.</summary>
internal sealed record Depot(ProductInventory[] Inventories, int[] ProductOf, MaterialStocks Stocks, MaterialRation? Ration, ProductionLog Production)
{
    /// <summary>True when <paramref name="quantity"/> of fuel <paramref name="material"/> is in stock and the ration allows taking it now.</summary>
    public bool CanTakeFuel(int material, double quantity, double now) =>
        Amounts.Covers(Stocks.Total(material), quantity) && RationAllows(material, quantity, now);

    /// <summary>True when the ration, if any, allows taking <paramref name="quantity"/> of <paramref name="material"/> now.</summary>
    public bool RationAllows(int material, double quantity, double now) => Ration is null || Ration.Allows(material, quantity, now);

    /// <summary>The store of the product <paramref name="destination"/> receives.</summary>
    public ProductInventory For(int destination) => Inventories[ProductOf[destination]];
}
