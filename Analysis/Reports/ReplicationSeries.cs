using Shortfall.Analysis.Output;
using Shortfall.Analysis.Output.Documents;

namespace Shortfall.Analysis.Reports;

/// <summary>
/// From replications.csv: each variant's mean deliveries per destination-month, one value per
/// replication in index order (null for a replication without destination-months), for the
/// convergence plot and the spread over replications.
/// </summary>
public sealed class ReplicationSeries
{
    private readonly Dictionary<string, List<double?>> _byVariant;

    private ReplicationSeries(Dictionary<string, List<double?>> byVariant) => _byVariant = byVariant;

    /// <summary>The values of <paramref name="variant"/>, in replication order.</summary>
    /// <exception cref="KeyNotFoundException">When the file has no rows for the variant.</exception>
    public IReadOnlyList<double?> Of(string variant) => _byVariant[variant];

    /// <summary>Reads <paramref name="path"/> and checks it against the run's <paramref name="summary"/>: every variant has exactly its replications, numbered
    /// 0, 1, 2, … in order.</summary>
    /// <exception cref="ResultsFormatException">When the file is missing or malformed, or disagrees with the summary.</exception>
    public static ReplicationSeries Read(string path, SummaryDocument summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        const string Headline = "deliveries_per_destination_month";
        var table = CsvTable.Open(path, ["replication", "variant", Headline]);
        var (replication, variant, value) = (table.Column("replication"), table.Column("variant"), table.Column(Headline));
        var byVariant = summary.Variants.ToDictionary(v => v.Name, _ => new List<double?>());
        foreach (var row in table.Rows())
        {
            var name = row.Text(variant);
            if (!byVariant.TryGetValue(name, out var values))
            {
                throw row.Fail($"variant '{name}' is not in {SummaryJson.FileName}");
            }

            var index = row.Integer(replication);
            if (index != values.Count)
            {
                throw row.Fail($"replication {index} of '{name}' where {values.Count} was expected; rows must be in replication order");
            }

            values.Add(row.NullableNumber(value));
        }
        foreach (var (name, values) in byVariant)
        {
            if (values.Count != summary.Replications)
            {
                throw new ResultsFormatException(path, $"has {values.Count} rows for '{name}' where {SummaryJson.FileName} records {summary.Replications} " +
                    $"replications");
            }
        }
        return new ReplicationSeries(byVariant);
    }
}
