namespace Shortfall.Tests.Configuration;

/// <summary>Where the test copies of scenario files are: next to the test assembly.</summary>
internal static class TestFiles
{
    public static string Scenario(string name) => Path.Combine(AppContext.BaseDirectory, "Scenarios", name);

    public static string Malformed(string name) => Path.Combine(AppContext.BaseDirectory, "Configuration", "Malformed", name);

    /// <summary>The repository's root, found upward from the test assembly by its solution file.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Simulation.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("Simulation.sln not found above " + AppContext.BaseDirectory);
    }
}
