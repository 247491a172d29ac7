namespace Shortfall.Analysis.Output.Documents;

/// <summary>One input of a sweep: its range and how much it moves the headline metric.</summary>
public sealed record SweepParameterDocument
{
    /// <summary>The overridden field, e.g. "carriers.truck.fuel.per_trip".</summary>
    public required string Path { get; init; }

    /// <summary>What a reader calls the input, from the scenario's names ("diesel allocation quantity"); null in files written before
    /// inputs were labelled.</summary>
    public string? Label { get; init; }

    /// <summary>The low end of the range, in <see cref="Unit"/>.</summary>
    public required double Low { get; init; }

    /// <summary>The high end.</summary>
    public required double High { get; init; }

    /// <summary>The unit of the range ("" for none).</summary>
    public required string Unit { get; init; }

    /// <summary>Values taken one at a time, ends included.</summary>
    public required int Steps { get; init; }

    /// <summary>1 for the input with the largest effect.</summary>
    public required int Rank { get; init; }

    /// <summary>What the ranking uses (the swing one at a time; the absolute standardized coefficient with a Latin hypercube).</summary>
    public required double? Effect { get; init; }

    /// <summary>One at a time: the mean at the low end minus the baseline's; null otherwise.</summary>
    public required double? LowEffect { get; init; }

    /// <summary>One at a time: the mean at the high end minus the baseline's; null otherwise.</summary>
    public required double? HighEffect { get; init; }

    /// <summary>Latin hypercube: the standardized regression coefficient; null otherwise.</summary>
    public required double? StandardizedCoefficient { get; init; }

    /// <summary>Latin hypercube: the rank correlation with the point means; null otherwise.</summary>
    public required double? Spearman { get; init; }
}
