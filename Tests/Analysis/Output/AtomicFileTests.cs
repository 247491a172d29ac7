using System.Text;
using Shortfall.Analysis.Output;

namespace Shortfall.Tests.Analysis.Output;

public class AtomicFileTests
{
    [Fact]
    public void Until_committed_the_destination_keeps_its_old_content_and_afterwards_no_temporary_file_remains()
    {
        using var directory = new TemporaryDirectory();
        var path = directory["summary.json"];
        File.WriteAllText(path, "old");
        using (var file = AtomicFile.Create(path))
        {
            file.Stream.Write("new content"u8);
            file.Stream.Flush();
            Assert.Equal("old", File.ReadAllText(path));
            Assert.True(File.Exists(file.TemporaryPath));
            file.Commit();
        }
        Assert.Equal("new content", File.ReadAllText(path));
        Assert.Equal(["summary.json"], directory.Files());
    }

    [Fact]
    public void Abandoning_a_file_deletes_the_temporary_file_and_leaves_the_old_content()
    {
        using var directory = new TemporaryDirectory();
        var path = directory["replications.csv"];
        File.WriteAllText(path, "old");
        using (var file = AtomicFile.Create(path))
        {
            file.Stream.Write(Encoding.UTF8.GetBytes("half a ro"));
        }

        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal(["replications.csv"], directory.Files());
    }

    [Fact]
    public void A_file_is_committed_once()
    {
        using var directory = new TemporaryDirectory();
        using var file = AtomicFile.Create(directory["a.txt"]);
        file.Commit();
        Assert.Throws<InvalidOperationException>(file.Commit);
        Assert.Throws<ObjectDisposedException>(() => file.Stream);
    }
}
