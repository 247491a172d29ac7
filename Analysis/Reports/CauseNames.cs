namespace Shortfall.Analysis.Reports;

/// <summary>The causes of summary.json ("power", "input", …) as words a reader understands.</summary>
public static class CauseNames
{
    /// <summary>What blocks production or a delivery: "no power", "missing input", …; an unknown cause is shown as it is.</summary>
    public static string Phrase(string cause) => cause switch
    {
        "power" => "no power",
        "input" => "missing input",
        "carrier" => "no carrier",
        "staff" => "no staff",
        "storage" => "full storage",
        "capacity" => "too little product",
        "fuel" => "no fuel",
        "joint" => "several shortages at once",
        _ => cause,
    };
}
