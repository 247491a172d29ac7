using Shortfall.Model.Results;

namespace Shortfall.Analysis.Running;

/// <summary>
/// The one table of what causes are called outside the program: their keys in the files
/// (summary.json's <c>blocked_hours</c> and <c>missed_days_by_cause</c>, replications.csv's
/// <c>blocked_hours_*</c> and <c>missed_days_*</c> columns) and the words the report uses for them.
/// Keys are spelled here, not derived from the enums, so renaming an enum member cannot change a file format.
/// </summary>
public static class CauseNames
{
    private static readonly Dictionary<BlockCause, string> Blocked = new()
    {
        [BlockCause.Power] = "power",
        [BlockCause.Input] = "input",
        [BlockCause.Carrier] = "carrier",
        [BlockCause.Staff] = "staff",
        [BlockCause.Storage] = "storage",
        [BlockCause.Fuel] = "fuel",
    };

    private static readonly Dictionary<MissCause, string> Missed = new()
    {
        [MissCause.Power] = "power",
        [MissCause.Input] = "input",
        [MissCause.Staff] = "staff",
        [MissCause.Capacity] = "capacity",
        [MissCause.Carrier] = "carrier",
        [MissCause.Fuel] = "fuel",
        [MissCause.Joint] = "joint",
    };

    private static readonly Dictionary<string, string> Phrases = new()
    {
        ["power"] = "no power",
        ["input"] = "missing input",
        ["carrier"] = "no carrier",
        ["staff"] = "no staff",
        ["storage"] = "full storage",
        ["capacity"] = "too little product",
        ["fuel"] = "no fuel",
        ["joint"] = "several shortages at once",
    };

    /// <summary>The key of a cause that blocked production.</summary>
    /// <exception cref="KeyNotFoundException">When the cause has no key in the table (a member added to the enum but not here).</exception>
    public static string Key(BlockCause cause) => Blocked[cause];

    /// <summary>The key of a cause of a missed target day.</summary>
    /// <exception cref="KeyNotFoundException">When the cause has no key in the table (a member added to the enum but not here).</exception>
    public static string Key(MissCause cause) => Missed[cause];

    /// <summary>What a cause key means to a reader: "no power", "missing input", …; an unknown key is shown as it is.</summary>
    public static string Phrase(string key) => Phrases.GetValueOrDefault(key, key);
}
