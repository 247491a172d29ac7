namespace Shortfall.Analysis.Output.Documents;

/// <summary>A proportion of destination-months (or months) with its Wilson interval at the effective sample size.</summary>
public sealed record ProportionDocument
{
    /// <summary>Successes / trials, from 0 to 1.</summary>
    public required double Estimate { get; init; }

    /// <summary>The lower confidence limit.</summary>
    public required double CiLow { get; init; }

    /// <summary>The upper confidence limit.</summary>
    public required double CiHigh { get; init; }

    /// <summary>Months (or destination-months) that met the target.</summary>
    public required long Successes { get; init; }

    /// <summary>Months (or destination-months) counted.</summary>
    public required long Trials { get; init; }

    /// <summary>The sample size the clustering by replication leaves; absent from hand-written files.</summary>
    public double? EffectiveTrials { get; init; }
}
