namespace Shortfall.Configuration.Distributions;

/// <summary>A distribution's parameters once read: numbers in the use's unit (hours for durations) and lists.</summary>
internal sealed class DistributionArguments
{
    private readonly Dictionary<string, double> _numbers = [];
    private readonly Dictionary<string, double[]> _lists = [];

    public double this[string name] => _numbers[name];

    public double[] List(string name) => _lists[name];

    public bool Has(string name) => _numbers.ContainsKey(name) || _lists.ContainsKey(name);

    public void Set(string name, double value) => _numbers[name] = value;

    public void Set(string name, double[] values) => _lists[name] = values;
}
