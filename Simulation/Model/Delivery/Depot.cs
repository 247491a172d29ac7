using Shortfall.Model.Production;
using Shortfall.Model.Products;
using Shortfall.Model.Supplies;

namespace Shortfall.Model.Delivery;

/// <summary>What delivery draws on: the product stores, which store each destination takes from, the
/// material stocks (fuel) and their ration (null when nothing is rationed), and the production log that
/// explains a shortage of product.</summary>
internal sealed record Depot(ProductInventory[] Inventories, int[] ProductOf, MaterialStocks Stocks, MaterialRation? Ration, ProductionLog Production)
{
    /// <summary>The store of the product <paramref name="destination"/> receives.</summary>
    public ProductInventory For(int destination) => Inventories[ProductOf[destination]];
}
