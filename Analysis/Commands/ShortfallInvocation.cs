namespace Shortfall.Analysis.Commands;

/// <summary>
/// How a batch job starts this very build of shortfall, so that cluster nodes run what was built
/// instead of building again: the dotnet host that runs this process (or "dotnet" from the job's
/// PATH) and the path of shortfall.dll, or the shortfall executable when this process is one.
/// </summary>
internal static class ShortfallInvocation
{
    /// <summary>The program and its leading arguments, absolute paths where known.</summary>
    public static IReadOnlyList<string> Command()
    {
        // Beside the program: a native shortfall has no assembly file, and is itself the command.
        var dll = Path.Combine(AppContext.BaseDirectory, "shortfall.dll");
        var process = Environment.ProcessPath;
        var name = process is null ? null : Path.GetFileNameWithoutExtension(process);
        if (name == "shortfall")
        {
            return [process!];
        }

        if (name == "dotnet")
        {
            return [process!, dll];
        }
        // Under a test host or another launcher, the SDK names its dotnet.
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return [string.IsNullOrEmpty(host) ? "dotnet" : host, dll];
    }
}
