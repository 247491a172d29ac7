using System.Collections.Concurrent;

namespace Shortfall.Configuration.Units;

/// <summary>
/// The units a scenario may write: fixed SI-style units, a few spelled-out aliases, and the
/// scenario's own currency as the only unit of money (no exchange rates are assumed).
/// Symbols are case-sensitive (<c>mL</c>, <c>MW</c>) except that <c>l</c> is accepted for litres.
/// </summary>
internal sealed class UnitTable
{
    private static readonly (string[] Symbols, Unit Unit)[] Standard =
    [
        (["s", "sec"], new Unit("s", Dimension.Time, 1.0 / 3600)),
        (["min", "minute", "minutes"], new Unit("min", Dimension.Time, 1.0 / 60)),
        (["h", "hr", "hour", "hours"], new Unit("h", Dimension.Time, 1)),
        (["d", "day", "days"], new Unit("d", Dimension.Time, 24)),
        (["wk", "week", "weeks"], new Unit("wk", Dimension.Time, 168)),
        (["g"], new Unit("g", Dimension.Mass, 0.001)),
        (["kg"], new Unit("kg", Dimension.Mass, 1)),
        (["t"], new Unit("t", Dimension.Mass, 1000)),
        (["mL", "ml"], new Unit("mL", Dimension.Volume, 0.001)),
        (["L", "l"], new Unit("L", Dimension.Volume, 1)),
        (["m3"], new Unit("m3", Dimension.Volume, 1000)),
        (["W"], new Unit("W", Dimension.Power, 0.001)),
        (["kW"], new Unit("kW", Dimension.Power, 1)),
        (["MW"], new Unit("MW", Dimension.Power, 1000)),
        (["m"], new Unit("m", Dimension.Length, 0.001)),
        (["km"], new Unit("km", Dimension.Length, 1)),
        (["pcs", "piece", "pieces"], new Unit("pcs", Dimension.Count, 1)),
        (["%"], new Unit("%", Dimension.Dimensionless, 0.01)),
    ];

    private static readonly UnitTable WithoutCurrency = new(null);
    private static readonly ConcurrentDictionary<string, UnitTable> ByCurrency = new(StringComparer.Ordinal);

    private readonly Dictionary<string, Unit> _bySymbol = new(StringComparer.Ordinal);

    /// <summary>The standard units plus <paramref name="currency"/> (when given) as the unit of money.</summary>
    private UnitTable(string? currency)
    {
        foreach (var (symbols, unit) in Standard)
        {
            foreach (var symbol in symbols)
            {
                _bySymbol.Add(symbol, unit);
            }
        }
        if (currency is not null && !_bySymbol.ContainsKey(currency))
        {
            _bySymbol.Add(currency, new Unit(currency, Dimension.Money, 1));
        }
        Currency = currency;
    }

    /// <summary>The table with <paramref name="currency"/> (null for none): one for each currency, so that a value read with it can be
    /// known to read the same again (see <see cref="Binding.BindContext.TryRead{T}"/>).</summary>
    public static UnitTable For(string? currency) => currency is null ? WithoutCurrency : ByCurrency.GetOrAdd(currency, c => new UnitTable(c));

    /// <summary>The scenario's currency, or null when the scenario does not name a valid one.</summary>
    public string? Currency { get; }

    /// <summary>True when <paramref name="symbol"/> is a standard unit symbol or alias (so it cannot be a currency).</summary>
    public static bool IsStandard(string symbol) => Standard.Any(s => s.Symbols.Contains(symbol, StringComparer.Ordinal));

    /// <summary>Every symbol and alias accepted, for "did you mean" suggestions.</summary>
    public IEnumerable<string> Symbols => _bySymbol.Keys;

    public Unit? Find(string symbol) => _bySymbol.GetValueOrDefault(symbol);

    /// <summary>Every standard canonical symbol of <paramref name="dimension"/>, for the JSON Schema's patterns.</summary>
    public static IReadOnlyList<string> StandardSymbolsOf(Dimension dimension) =>
        Standard.Where(s => s.Unit.Dimension == dimension).SelectMany(s => s.Symbols).ToList();
}
