using Shortfall.Analysis.Output;
using Shortfall.Analysis.Output.Documents;

namespace Shortfall.Analysis.Reports;

/// <summary>The three files of one <c>shortfall run</c>, read back and checked against each other.</summary>
/// <param name="Summary">summary.json.</param>
/// <param name="Replications">replications.csv: each variant's headline per replication.</param>
/// <param name="Targets">destination-months.csv: the monthly targets.</param>
public sealed record SavedRun(SummaryDocument Summary, ReplicationSeries Replications, MonthlyTargets Targets)
{
    /// <summary>Reads the run's files that <paramref name="manifest"/> lists, each checked against it.</summary>
    /// <exception cref="ResultsFormatException">When a file is missing, malformed or not the one listed, or the CSV files disagree with
    /// summary.json.</exception>
    internal static SavedRun Load(ResultsManifest manifest)
    {
        var summary = SummaryReader.Read(manifest.Checked(SummaryJson.FileName));
        return new SavedRun(
            summary,
            ReplicationSeries.Read(manifest.Checked(ReplicationsCsv.FileName), summary),
            MonthlyTargets.Read(manifest.Checked(DestinationMonthsCsv.FileName), summary));
    }

    /// <summary>The median monthly target of the baseline's destination-months, or null when no month has one.</summary>
    public double? Target => Targets.Median(Summary.Baseline.Name);
}
