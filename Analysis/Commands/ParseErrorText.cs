using System.Text.RegularExpressions;

namespace Shortfall.Analysis.Commands;

/// <summary>System.CommandLine's parse errors in the analyst's words: "as expected type 'System.Int64'" becomes "as a whole number".
/// Messages name no .NET types.</summary>
internal static partial class ParseErrorText
{
    public static string Plain(string message) => DotNetType().Replace(message, match => "as " + match.Groups["type"].Value switch
    {
        "Int32" or "Int64" => "a whole number",
        "UInt32" or "UInt64" => "a whole number of at least 0",
        "Double" or "Single" or "Decimal" => "a number",
        "Boolean" => "true or false",
        _ => "a value of the right kind",
    });

    [GeneratedRegex(@"as expected type 'System\.(?<type>[A-Za-z0-9]+)(\[\])?'")]
    private static partial Regex DotNetType();
}
