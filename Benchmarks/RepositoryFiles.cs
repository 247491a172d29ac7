namespace Shortfall.Benchmarks;

/// <summary>Finds the repository's files from wherever BenchmarkDotNet runs the benchmark.</summary>
internal static class RepositoryFiles
{
    /// <summary>The directory that holds Simulation.sln, searched upwards from the running assembly.</summary>
    /// <exception cref="InvalidOperationException">When no such directory exists.</exception>
    public static string Root()
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
