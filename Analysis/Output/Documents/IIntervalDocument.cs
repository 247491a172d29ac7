namespace Shortfall.Analysis.Output.Documents;

/// <summary>A document object that holds a value with its confidence interval as <c>mean</c>, <c>ci_low</c>, <c>ci_high</c> (null when undefined).</summary>
public interface IIntervalDocument
{
    /// <summary>The point estimate; null when undefined.</summary>
    double? Mean { get; }

    /// <summary>The lower confidence limit; null when undefined (one replication, no cost).</summary>
    double? CiLow { get; }

    /// <summary>The upper confidence limit; null when undefined.</summary>
    double? CiHigh { get; }
}

/// <summary>Reads an <see cref="IIntervalDocument"/> as the report's <see cref="Estimate"/>.</summary>
public static class IntervalDocuments
{
    /// <summary>The value and its limits.</summary>
    public static Estimate Interval(this IIntervalDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document as Estimate ?? new Estimate(document.Mean, document.CiLow, document.CiHigh);
    }

    /// <summary>True when both limits are known and the interval lies entirely above or below zero.</summary>
    public static bool ExcludesZero(this IIntervalDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.CiLow is { } low && document.CiHigh is { } high && (low > 0 || high < 0);
    }
}
