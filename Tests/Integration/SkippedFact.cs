namespace Shortfall.Tests.Integration;

/// <summary>
/// Skips a fact so that the reason shows in plain <c>dotnet test</c> output: the console logger at its normal
/// verbosity prints a skipped test's name but not its reason, so the reason goes into the display name too.
/// </summary>
internal static class SkippedFact
{
    /// <summary>Skips <paramref name="fact"/> (applied to method <paramref name="test"/>) for <paramref name="reason"/>.</summary>
    public static void Skip(FactAttribute fact, string test, string reason)
    {
        fact.Skip = reason;
        fact.DisplayName = $"{test} [skipped: {reason}]";
    }
}
