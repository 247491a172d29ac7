using Shortfall.Analysis.Output;
using Shortfall.Analysis.Output.Documents;

namespace Shortfall.Analysis.Reports;

/// <summary>Reads distributions.json back through its contract (<see cref="DistributionsJson.Contract"/>) and checks it against the run's
/// summary.json.</summary>
public static class DistributionsReader
{
    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <exception cref="ResultsFormatException">When the file is missing or malformed, has other variants or replications than
    /// <paramref name="summary"/>, a count that is not positive, values out of order, or more replication means than replications.</exception>
    public static DistributionsDocument Read(string path, SummaryDocument summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var document = ResultsJson.Read(path, DistributionsJson.Contract);
        if (document.Replications != summary.Replications)
        {
            throw new ResultsFormatException(path, $"records {document.Replications} replications where {SummaryJson.FileName} records " +
                $"{summary.Replications}");
        }

        var names = document.Variants.Select(v => v.Name).ToArray();
        if (!names.SequenceEqual(summary.Variants.Select(v => v.Name)))
        {
            throw new ResultsFormatException(path, $"has the variants {string.Join(", ", names)} where {SummaryJson.FileName} has " +
                $"{string.Join(", ", summary.Variants.Select(v => v.Name))}");
        }

        foreach (var variant in document.Variants)
        {
            Check(path, $"the replication means of '{variant.Name}'", variant.ReplicationMeans);
            Check(path, $"the targets of '{variant.Name}'", variant.Targets);
            var means = variant.ReplicationMeans.Sum(c => c.Count);
            var counts = variant.RunningMean.Select(p => p.Replications).ToArray();
            if (means > summary.Replications || counts.Where((n, i) => n < 1 || (i > 0 && n <= counts[i - 1])).Any() ||
                (counts.Length > 0 ? counts[^1] : 0) != means || variant.RunningMean.Any(p => !double.IsFinite(p.Mean) || !(p.Variance >= 0)))
            {
                throw new ResultsFormatException(path, $"the running mean of '{variant.Name}' does not count up to its {means} replication means " +
                    "in increasing steps with finite moments");
            }
        }
        return document;
    }

    private static void Check(string path, string what, IReadOnlyList<ValueCountDocument> counts)
    {
        for (var i = 0; i < counts.Count; i++)
        {
            if (counts[i].Count < 1 || !double.IsFinite(counts[i].Value) || (i > 0 && counts[i].Value <= counts[i - 1].Value))
            {
                throw new ResultsFormatException(path, $"{what}: entry {i} ({counts[i].Value}: {counts[i].Count}) is not a finite value above the one " +
                    "before with a positive count");
            }
        }
    }
}
