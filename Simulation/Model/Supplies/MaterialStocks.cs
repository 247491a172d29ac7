using Shortfall.Engine;
using Shortfall.Engine.Resources;
using Shortfall.Model.Definition;
using Shortfall.Model.Results;

namespace Shortfall.Model.Supplies;

/// <summary>
/// The stocks of every material: a general stock and, per programme, an earmarked stock that only
/// that programme's lines draw (they take earmarked stock first, then general). Fuel for trucks and
/// the generator serves every programme, so it draws general stock first, then any earmark.
/// A material's storage limit applies to all its stock together; what arrives beyond it is refused.
/// Each stock is a kernel <see cref="Container"/> that the plant fills and draws at once (it never waits
/// on its own stock: a line that lacks input books the wait and looks again when stock arrives).
/// </summary>
internal sealed class MaterialStocks
{
    private readonly Material[] _materials;
    private readonly Container[] _general;
    private readonly Container[,] _earmarked;
    private readonly double[] _received;
    private readonly double[] _consumed;
    private readonly double[] _refused;
    private readonly double[] _lostInCutBatches;

    public MaterialStocks(Simulator sim, IReadOnlyList<Material> materials, IReadOnlyList<string> programmes)
    {
        _materials = [.. materials];
        Programmes = programmes;
        var n = materials.Count;
        _general = new Container[n];
        _earmarked = new Container[n, programmes.Count];
        for (var m = 0; m < n; m++)
        {
            _general[m] = new Container(sim);
            for (var p = 0; p < programmes.Count; p++)
            {
                _earmarked[m, p] = new Container(sim);
            }
        }
        _received = new double[n];
        _consumed = new double[n];
        _refused = new double[n];
        _lostInCutBatches = new double[n];
        Changed = new Signal(sim);
        FuelTaken = new Signal(sim);
        for (var m = 0; m < n; m++)
        {
            Receive(m, materials[m].OpeningStock, programme: null);
        }
    }

    public IReadOnlyList<string> Programmes { get; }

    public int MaterialCount => _materials.Length;

    /// <summary>Fired when stock arrives, or fuel a generator took comes back unburnt.</summary>
    public Signal Changed { get; }

    /// <summary>Fired when fuel is taken (a trip, a generator's hour), so a generator on standby sees its fuel go.</summary>
    public Signal FuelTaken { get; }

    /// <summary>How many arrivals there have been; a reader that caches a figure made from the stock checks it.</summary>
    public int Receipts { get; private set; }

    public double Total(int material)
    {
        var total = _general[material].Level;
        // The earmarks' own count, not the programmes' list's: a total is asked at every look at a ration or a fuel, and the list is an interface.
        for (var p = 0; p < _earmarked.GetLength(1); p++)
        {
            total += _earmarked[material, p].Level;
        }
        return total;
    }

    /// <summary>What a line of <paramref name="programme"/> (null for none) may draw of a material.</summary>
    public double AvailableTo(int material, int? programme) =>
        _general[material].Level + (programme is { } p ? _earmarked[material, p].Level : 0);

    /// <summary>True when every input of a batch is there for <paramref name="programme"/>.</summary>
    public bool CanConsume(ReadOnlySpan<(int Material, double Quantity)> inputs, int? programme)
    {
        foreach (var (material, quantity) in inputs)
        {
            if (!Amounts.Covers(AvailableTo(material, programme), quantity))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Consumes a batch's inputs, earmarked stock first; call only after <see cref="CanConsume"/>.</summary>
    public void Consume(ReadOnlySpan<(int Material, double Quantity)> inputs, int? programme)
    {
        foreach (var (material, quantity) in inputs)
        {
            var left = quantity;
            if (programme is { } p)
            {
                left -= _earmarked[material, p].TakeUpTo(Math.Max(0, left));
            }
            _general[material].TakeUpTo(Math.Max(0, left));
            _consumed[material] += quantity;
        }
    }

    /// <summary>Books the inputs of a consumed batch that a power cut lost: they stay consumed, and are also lost.</summary>
    public void LoseBatch(ReadOnlySpan<(int Material, double Quantity)> inputs)
    {
        foreach (var (material, quantity) in inputs)
        {
            _lostInCutBatches[material] += quantity;
        }
    }

    /// <summary>Takes up to <paramref name="quantity"/> of a fuel, general stock first, then any earmark; returns what was taken.</summary>
    public double TakeFuel(int material, double quantity)
    {
        var taken = _general[material].TakeUpTo(Math.Max(0, quantity));
        for (var p = 0; p < Programmes.Count && taken < quantity; p++)
        {
            taken += _earmarked[material, p].TakeUpTo(quantity - taken);
        }
        _consumed[material] += taken;
        if (taken > 0)
        {
            FuelTaken.Fire();
        }
        return taken;
    }

    /// <summary>Returns fuel taken but not burnt (a generator stopped early).</summary>
    public void ReturnFuel(int material, double quantity)
    {
        _general[material].PutUpTo(quantity);
        _consumed[material] -= quantity;
        Changed.Fire();
    }

    /// <summary>Stores an arrival up to the storage limit, earmarked for <paramref name="programme"/> (null for general); returns what was accepted.</summary>
    public double Receive(int material, double quantity, int? programme)
    {
        var room = Math.Max(0, _materials[material].StorageCapacity - Total(material));
        var accepted = Math.Min(quantity, room);
        if (programme is { } p)
        {
            _earmarked[material, p].PutUpTo(accepted);
        }
        else
        {
            _general[material].PutUpTo(accepted);
        }
        _received[material] += accepted;
        _refused[material] += quantity - accepted;
        Receipts++;
        Changed.Fire();
        return accepted;
    }

    public MaterialLedger Ledger(int material) =>
        new(_received[material], _consumed[material], Total(material), _refused[material]) { LostInCutBatches = _lostInCutBatches[material] };
}
