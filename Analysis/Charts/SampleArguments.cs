namespace Shortfall.Analysis.Charts;

/// <summary>Checks a <see cref="NamedSample"/>: name and values present, every value finite.</summary>
internal static class SampleArguments
{
    public static void Validate(NamedSample sample)
    {
        ChartArguments.NotNull(sample.Name, nameof(sample.Name));
        ChartArguments.NotNull(sample.Values, nameof(sample.Values));
        for (var i = 0; i < sample.Values.Values.Count; i++)
        {
            ChartArguments.Finite(sample.Values.Values[i], $"{sample.Name}[{i}]");
        }
    }
}
