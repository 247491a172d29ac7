using Shortfall.Analysis.Running;
using Shortfall.Configuration;
using Shortfall.Model;
using Shortfall.Model.Definition;
using Shortfall.Randomness;

namespace Shortfall.Benchmarks;

/// <summary>Finds the repository's files (and the reference scenario in them) from wherever BenchmarkDotNet runs the benchmark.</summary>
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

    /// <summary>The path of the reference scenario file, Scenarios/onsong-milk-plant.yaml.</summary>
    public static string OnsongPath() => Path.Combine(Root(), "Scenarios", "onsong-milk-plant.yaml");

    /// <summary>The reference scenario file, loaded.</summary>
    public static ScenarioFile Onsong() => ScenarioLoader.Load(OnsongPath());

    /// <summary>The reference scenario's baseline as the Monte Carlo runner runs it (seed 1).</summary>
    public static RunVariant OnsongBaseline()
    {
        var scenario = Onsong().Baseline;
        return new RunVariant("baseline", null, PlantLabels.Of(scenario), k => PlantSimulation.Run(scenario, new RandomStreams(1, k)));
    }
}
