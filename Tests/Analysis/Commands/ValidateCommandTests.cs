using Shortfall.Tests.Configuration;

namespace Shortfall.Tests.Analysis.Commands;

public class ValidateCommandTests
{
    [Fact]
    public void Valid_files_exit_with_0_and_say_so()
    {
        var (exit, output, error) = Cli.Run("validate", Cli.Onsong, TestFiles.Scenario("kyongwon-technology-office.yaml"));
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("onsong-milk-plant.yaml: valid, baseline and 9 variants", output);
        Assert.Contains("kyongwon-technology-office.yaml: valid", output);
    }

    [Fact]
    public void Every_problem_of_every_file_is_reported_as_file_line_column_path_message_with_exit_2()
    {
        var malformed = Directory.GetFiles(Path.GetDirectoryName(TestFiles.Malformed("x.yaml"))!, "*.yaml").Order(StringComparer.Ordinal).Take(3).ToArray();
        var (exit, output, error) = Cli.Run(["validate", .. malformed, Cli.Onsong]);
        Assert.Equal(2, exit);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var file in malformed)
        {
            Assert.Contains(lines, l => l.StartsWith(file + ":", StringComparison.Ordinal));
        }

        Assert.All(lines, l => Assert.Matches(@"^.+\.yaml:\d+:\d+: .+", l));
        // The valid file is still checked and reported.
        Assert.Contains("onsong-milk-plant.yaml: valid", output);
    }
}
