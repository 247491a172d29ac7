namespace Shortfall.Tests.Integration;

/// <summary>Compares what a command wrote on a cluster with what it wrote on this machine.</summary>
internal static class SameFiles
{
    /// <summary>Asserts that every file under <paramref name="local"/> (among them <paramref name="mainFiles"/>) is under <paramref name="cluster"/>
    /// too, with the same bytes; <paramref name="writer"/> names what wrote the cluster's, <paramref name="logs"/> gives what to show when one is
    /// missing.</summary>
    public static void Assert(string local, string cluster, string[] mainFiles, string writer, Func<string> logs)
    {
        var files = Directory.GetFiles(local, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(local, f)).ToArray();
        Xunit.Assert.All(mainFiles, name => Xunit.Assert.Contains(name, files));
        foreach (var name in files)
        {
            var there = Path.Combine(cluster, name);
            Xunit.Assert.True(File.Exists(there), $"{writer} wrote no {name}{logs()}");
            Xunit.Assert.True(File.ReadAllBytes(Path.Combine(local, name)).AsSpan().SequenceEqual(File.ReadAllBytes(there)),
                $"{name} differs from the local run's");
        }
    }
}
