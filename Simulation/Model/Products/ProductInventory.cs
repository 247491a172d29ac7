using Shortfall.Engine;
using Shortfall.Engine.Resources;
using Shortfall.Model.Definition;
using Shortfall.Model.Results;

namespace Shortfall.Model.Products;

/// <summary>
/// The stock of one product as batches, oldest first, each spoiling at its expiry time; deliveries
/// take the oldest first. Spoilage is applied whenever the stock is looked at (and at the end of the
/// run), which gives the same ledger as spoiling each batch at its expiry. Room is reserved when a
/// batch starts, so a batch in progress always has somewhere to go. The quantity on hand is a kernel
/// <see cref="Container"/> the size of the store; the batches beside it say when each part spoils.
/// </summary>
internal sealed class ProductInventory
{
    private readonly Simulator _sim;
    private readonly List<(double Quantity, double Expiry)> _batches = [];
    private int _oldest;
    private readonly Container _stock;
    private double _reserved;
    private double _produced;
    private double _delivered;
    private double _spoiled;

    public ProductInventory(Simulator sim, Product product)
    {
        _sim = sim;
        Product = product;
        Changed = new Signal(sim);
        _stock = new Container(sim, product.StorageCapacity);
    }

    public Product Product { get; }

    /// <summary>Fired when product is added or taken.</summary>
    public Signal Changed { get; }

    /// <summary>Batches a power cut lost before they were finished.</summary>
    public int BatchesLost { get; private set; }

    /// <summary>The unspoiled stock now.</summary>
    public double Available
    {
        get
        {
            Spoil();
            return _stock.Level;
        }
    }

    /// <summary>When the oldest batch spoils (+∞ when there is none).</summary>
    public double NextExpiry
    {
        get
        {
            Spoil();
            return _oldest < _batches.Count ? _batches[_oldest].Expiry : double.PositiveInfinity;
        }
    }

    public bool HasRoomFor(double quantity) => Amounts.Covers(Product.StorageCapacity, Available + _reserved + quantity);

    /// <summary>True while the stock on hand and under way is below the product's restocking level.</summary>
    public bool WantsMore => Available + _reserved < Product.RestockBelow;

    public void Reserve(double quantity) => _reserved += quantity;

    /// <summary>Stores a finished batch in the room reserved for it.</summary>
    public void Add(double quantity)
    {
        _reserved = Math.Max(0, _reserved - quantity);
        _batches.Add((quantity, _sim.Now + Product.ShelfLifeHours));
        _stock.PutUpTo(quantity);
        _produced += quantity;
        Changed.Fire();
    }

    /// <summary>A batch of <paramref name="quantity"/> was lost to a power cut: its room is free again, and it is counted.</summary>
    public void BatchLost(double quantity)
    {
        _reserved = Math.Max(0, _reserved - quantity);
        BatchesLost++;
    }

    /// <summary>Takes up to <paramref name="quantity"/>, oldest first; returns what was taken.</summary>
    public double Take(double quantity)
    {
        Spoil();
        var taken = 0.0;
        while (taken < quantity && _oldest < _batches.Count)
        {
            var (amount, expiry) = _batches[_oldest];
            var part = Math.Min(amount, quantity - taken);
            taken += part;
            if (part >= amount)
            {
                _oldest++;
            }
            else
            {
                _batches[_oldest] = (amount - part, expiry);
            }
        }
        _stock.TakeUpTo(taken);
        Compact();
        Changed.Fire();
        return taken;
    }

    /// <summary>Product taken for a trip reached its destination.</summary>
    public void Delivered(double quantity) => _delivered += quantity;

    /// <summary>Product taken for a trip was lost on the way (a breakdown): it counts as spoiled.</summary>
    public void LostInTransit(double quantity) => _spoiled += quantity;

    public ProductLedger Ledger()
    {
        Spoil();
        return new ProductLedger(_produced, _delivered, _spoiled, _stock.Level, BatchesLost);
    }

    private void Spoil()
    {
        var now = _sim.Now;
        while (_oldest < _batches.Count && _batches[_oldest].Expiry <= now)
        {
            var amount = _batches[_oldest].Quantity;
            _spoiled += amount;
            _stock.TakeUpTo(amount);
            _oldest++;
        }
        Compact();
    }

    private void Compact()
    {
        if (_oldest == _batches.Count)
        {
            _batches.Clear();
            _oldest = 0;
        }
        else if (_oldest > 64 && _oldest * 2 > _batches.Count)
        {
            _batches.RemoveRange(0, _oldest);
            _oldest = 0;
        }
    }
}
