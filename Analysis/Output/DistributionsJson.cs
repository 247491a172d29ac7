using System.Text.Json.Serialization.Metadata;
using Shortfall.Analysis.Output.Documents;
using Shortfall.Analysis.Running;

namespace Shortfall.Analysis.Output;

/// <summary>
/// distributions.json (<see cref="DistributionsDocument"/>): the replications' spread that the report draws, so that neither
/// the report nor <c>shortfall plot</c> reads the per-replication tables, and their memory does not grow with replications.
/// Aggregated in replication order like summary.json, so a merge of shards writes the same bytes.
/// </summary>
public static class DistributionsJson
{
    /// <summary>The file's name in a results directory.</summary>
    public const string FileName = "distributions.json";

    /// <summary>The contract, generated from <see cref="DistributionsDocument"/>.</summary>
    public static JsonTypeInfo<DistributionsDocument> Contract => ResultDocumentsContext.Default.DistributionsDocument;

    /// <summary>The file's bytes for <paramref name="outcome"/>, ending in a newline.</summary>
    public static byte[] Serialize(RunOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return JsonOutput.Document(new DistributionsDocument
        {
            Replications = outcome.Replications,
            Variants = outcome.Variants.Select(v => new VariantDistributionsDocument
            {
                Name = v.Name,
                ReplicationMeans = v.Spread.ReplicationMeans.Select(c => new ValueCountDocument(c.Key, c.Value)).ToArray(),
                RunningMean = v.Spread.RunningMean.Select(p => new RunningMeanDocument(p.Count, p.Mean, p.Variance)).ToArray(),
                Targets = v.Spread.Targets.Select(c => new ValueCountDocument(c.Key, c.Value)).ToArray(),
            }).ToArray(),
        }, Contract);
    }
}
