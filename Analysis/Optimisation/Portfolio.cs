namespace Shortfall.Analysis.Optimisation;

/// <summary>A mix of remedies: how many units of each lever (0 when it is not bought), in the levers' order, and the total cost.</summary>
public sealed record Portfolio(IReadOnlyList<int> Units, double Cost)
{
    /// <summary>The units joined by commas, e.g. "2,0,1": equal for equal portfolios (the record's own equality compares the list by reference).</summary>
    public string Key => string.Join(",", Units);

    /// <summary>The portfolio with no remedy: the baseline.</summary>
    public bool IsBaseline => Units.All(u => u == 0);

    /// <summary>A readable name: the bought levers joined by '+', with their units when more than one ("trucks×2+more-fuel"), or "baseline".</summary>
    public string Name(IReadOnlyList<Lever> levers) => IsBaseline
        ? "baseline"
        : string.Join("+", Units.Select((u, i) => u switch
        {
            0 => null,
            1 => levers[i].Name,
            _ => $"{levers[i].Name}×{u}",
        }).Where(n => n is not null));
}
