using Shortfall.Randomness;

namespace Shortfall.Configuration.Distributions;

/// <summary>
/// One distribution family as a scenario writes it: its parameters, the constraint they must meet
/// (checked before construction, so the analyst sees it at the value's position), the range its
/// samples can take, and how to build it.
/// </summary>
internal sealed class DistributionKind
{
    private readonly Func<DistributionArguments, bool> _valid;
    private readonly Func<DistributionArguments, (double Low, double High)> _support;
    private readonly Func<DistributionArguments, Distribution> _create;

    private DistributionKind(
        string name,
        DistributionParameter[] parameters,
        string constraint,
        Func<DistributionArguments, bool> valid,
        Func<DistributionArguments, (double, double)> support,
        Func<DistributionArguments, Distribution> create)
    {
        Name = name;
        Parameters = parameters;
        Constraint = constraint;
        _valid = valid;
        _support = support;
        _create = create;
    }

    public string Name { get; }

    public IReadOnlyList<DistributionParameter> Parameters { get; }

    /// <summary>The parameters' constraint in words, e.g. "min &lt; max".</summary>
    public string Constraint { get; }

    /// <summary>True for families whose samples are plain 0 or 1 whatever the use (Bernoulli).</summary>
    public bool Unitless => Parameters.All(p => !p.Measured);

    public bool Valid(DistributionArguments arguments) => _valid(arguments);

    /// <summary>The smallest and largest values samples can take (±∞ when unbounded).</summary>
    public (double Low, double High) Support(DistributionArguments arguments) => _support(arguments);

    public Distribution Create(DistributionArguments arguments) => _create(arguments);

    /// <summary>The kind named <paramref name="name"/>, or null.</summary>
    public static DistributionKind? Find(string name) => All.FirstOrDefault(k => k.Name == name);

    private static DistributionParameter Measured(string name) => new(name, Measured: true);

    private static DistributionParameter Plain(string name) => new(name, Measured: false);

    public static readonly IReadOnlyList<DistributionKind> All =
    [
        new("exponential", [Measured("mean")], "mean > 0",
            a => a["mean"] > 0, _ => (0, double.PositiveInfinity), a => new Exponential(a["mean"])),
        new("normal", [Measured("mean"), Measured("sd")], "sd > 0",
            a => a["sd"] > 0, _ => (double.NegativeInfinity, double.PositiveInfinity), a => new Normal(a["mean"], a["sd"])),
        new("lognormal", [Measured("mean"), Measured("sd")], "mean > 0 and sd > 0",
            a => a["mean"] > 0 && a["sd"] > 0, _ => (0, double.PositiveInfinity), a => new LogNormal(a["mean"], a["sd"])),
        new("gamma", [Plain("shape"), Measured("scale")], "shape > 0 and scale > 0",
            a => a["shape"] > 0 && a["scale"] > 0, _ => (0, double.PositiveInfinity), a => new Gamma(a["shape"], a["scale"])),
        new("weibull", [Plain("shape"), Measured("scale")], "shape > 0 and scale > 0",
            a => a["shape"] > 0 && a["scale"] > 0, _ => (0, double.PositiveInfinity), a => new Weibull(a["shape"], a["scale"])),
        new("triangular", [Measured("min"), Measured("mode"), Measured("max")], "min < max and min ≤ mode ≤ max",
            a => a["min"] < a["max"] && a["min"] <= a["mode"] && a["mode"] <= a["max"],
            a => (a["min"], a["max"]), a => new Triangular(a["min"], a["mode"], a["max"])),
        new("uniform", [Measured("min"), Measured("max")], "min < max",
            a => a["min"] < a["max"], a => (a["min"], a["max"]), a => new Uniform(a["min"], a["max"])),
        new("bernoulli", [Plain("p")], "0 ≤ p ≤ 1",
            a => a["p"] is >= 0 and <= 1, _ => (0, 1), a => new Bernoulli(a["p"])),
        new("empirical", [new("values", Measured: true, IsList: true), new("weights", Measured: false, IsList: true, Optional: true)],
            "at least one value, one weight ≥ 0 per value, and weights that sum to more than 0",
            a => a.List("values").Length > 0
                && (!a.Has("weights") || (a.List("weights").Length == a.List("values").Length
                    && a.List("weights").All(w => w >= 0) && a.List("weights").Sum() > 0)),
            a => (a.List("values").Min(), a.List("values").Max()),
            a => new DiscreteEmpirical(a.List("values"), a.Has("weights") ? a.List("weights") : a.List("values").Select(_ => 1.0).ToArray())),
    ];
}
