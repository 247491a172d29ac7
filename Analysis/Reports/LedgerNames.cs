namespace Shortfall.Analysis.Reports;

/// <summary>The ledger figures of summary.json's materials and carriers ("refused", "distance_km", …) as words a reader understands.</summary>
public static class LedgerNames
{
    /// <summary>"refused", "lost in cut batches", "km", "stops"; an unknown figure is shown as it is.</summary>
    public static string Phrase(string field) => field switch
    {
        "refused" => "refused",
        "lost_in_cut_batches" => "lost in cut batches",
        "distance_km" => "km",
        "stops" => "stops",
        _ => field,
    };
}
