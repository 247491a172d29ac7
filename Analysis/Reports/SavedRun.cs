using Shortfall.Analysis.Charts;
using Shortfall.Analysis.Output.Documents;

namespace Shortfall.Analysis.Reports;

/// <summary>The files of one <c>shortfall run</c> that its report is drawn from (summary.json and distributions.json), read back and
/// checked against each other. Neither grows with the number of replications, so neither does drawing the report.</summary>
/// <param name="Summary">summary.json.</param>
/// <param name="Distributions">distributions.json: the spread of the replications, one variant per variant of the summary, in its order.</param>
public sealed record SavedRun(SummaryDocument Summary, DistributionsDocument Distributions)
{
    /// <summary>Reads the run's files that <paramref name="manifest"/> lists, each checked against it; the per-replication tables are
    /// checked (listed, whole, unchanged) but not read.</summary>
    /// <exception cref="ResultsFormatException">When a file is missing, malformed or not the one listed, or distributions.json disagrees with
    /// summary.json.</exception>
    internal static SavedRun Load(ResultsManifest manifest)
    {
        var summary = SummaryReader.Read(manifest.Checked(Output.SummaryJson.FileName));
        var distributions = DistributionsReader.Read(manifest.Checked(Output.DistributionsJson.FileName), summary);
        foreach (var table in manifest.Tables())
        {
            manifest.Checked(table);
        }
        return new SavedRun(summary, distributions);
    }

    /// <summary>The median monthly target of the baseline's destination-months, or null when no month has one.</summary>
    public double? Target => MonthlyTargets.Median(Distributions.Variants[0].Targets);

    /// <summary>Each replication's mean deliveries per destination-month of <paramref name="variant"/> (the <paramref name="variant"/>th of the
    /// summary).</summary>
    public Sample ReplicationMeans(int variant) =>
        Sample.FromCounts(Distributions.Variants[variant].ReplicationMeans.Select(c => KeyValuePair.Create(c.Value, c.Count)));
}
