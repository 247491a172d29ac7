using System.Text.Json.Serialization;

namespace Shortfall.Analysis.Output.Documents;

/// <summary>The rule that decided the number of replications. The precision fields are written only for a precision rule
/// (<see cref="IsPrecision"/>), and then <c>proportion_half_width</c> is null unless the probabilities were included.</summary>
public sealed record StoppingDocument
{
    /// <summary>"fixed", "precision" or "precision_all".</summary>
    public required string Rule { get; init; }

    /// <summary>With a precision rule: the largest CI half-width allowed, relative to the mean.</summary>
    public double? RelativeHalfWidth { get; init; }

    /// <summary>With "precision_all": the largest half-width allowed for each probability.</summary>
    public double? ProportionHalfWidth { get; init; }

    /// <summary>With a precision rule: the fewest replications.</summary>
    public long? MinimumReplications { get; init; }

    /// <summary>The most replications.</summary>
    public required long MaximumReplications { get; init; }

    /// <summary>Whether the rule was satisfied.</summary>
    public required bool Met { get; init; }

    /// <summary>True for "precision" and "precision_all".</summary>
    [JsonIgnore]
    public bool IsPrecision => Rule is "precision" or "precision_all";
}
