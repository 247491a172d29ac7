using Shortfall.Tests.Configuration;

namespace Shortfall.Tests.Repository;

/// <summary>A house rule the build's analyzers cannot state: no source line is longer than 160 characters.</summary>
public class SourceLineLengthTests
{
    private const int Longest = 160;

    [Fact]
    public void No_line_of_the_source_is_longer_than_160_characters()
    {
        var root = TestFiles.RepositoryRoot();
        var separator = Path.DirectorySeparatorChar;
        var tooLong = new[] { "Simulation", "Analysis", "Benchmarks", "Tests" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{separator}bin{separator}") && !file.Contains($"{separator}obj{separator}"))
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (File: Path.GetRelativePath(root, file), Line: i + 1, line.Length)))
            .Where(l => l.Length > Longest)
            .Select(l => $"{l.File}:{l.Line}: {l.Length} characters")
            .ToList();
        Assert.True(tooLong.Count == 0, string.Join(Environment.NewLine, tooLong));
    }
}
