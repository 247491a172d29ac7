using System.Reflection;
using Shortfall.Analysis.Commands;
using Shortfall.Tests.Analysis;
using Shortfall.Tests.Analysis.Commands;
using Shortfall.Tests.Configuration;
using Shortfall.Tests.Reports;

namespace Shortfall.Tests.Integration;

/// <summary>
/// The native program computes and writes what the just-in-time build does: the same files byte for byte (tables, JSON,
/// report and charts), the same messages for bad input. Compiled ahead of time, nothing the build did not see can run
/// (reflection over types no code names, generic code made at run time), and such a gap shows up as a missing or wrong file.
/// </summary>
public sealed class NativeBuildTests(NativeBuild native) : IClassFixture<NativeBuild>
{
    private static readonly string Kyongwon = TestFiles.Scenario("kyongwon-technology-office.yaml");

    [NativeToolchainFact]
    public void A_run_writes_the_same_files_report_and_charts_included() =>
        AssertWritesTheSameFiles("run", Kyongwon, "--replications", "10", "--seed", "7", "--quiet", "--out");

    [NativeToolchainFact]
    public void A_calibration_writes_the_same_posterior_and_report() =>
        AssertWritesTheSameFiles("calibrate", Kyongwon, "--particles", "6", "--generations", "1", "--quiet", "--out");

    [NativeToolchainFact]
    public void Bad_input_gets_the_same_message_and_exit_code()
    {
        var file = TestFiles.Malformed("count-negative.yaml");

        var nativeRun = native.Run("validate", file);
        var justInTime = Cli.Run("validate", file);

        Assert.Equal(2, nativeRun.Exit);
        Assert.Equal(justInTime.Exit, nativeRun.Exit);
        Assert.Contains("count-negative.yaml:", nativeRun.Error);
        Assert.Equal(justInTime.Error, nativeRun.Error);
    }

    [NativeToolchainFact]
    public void Version_and_schema_print_the_same()
    {
        // In-process the command line would name the test host's version, so the version is read from shortfall's assembly;
        // the native build's copy of the sources is not a git checkout, so its version has no commit after the '+'.
        var version = typeof(ShortfallCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        Assert.Equal((0, version.Split('+')[0] + "\n", ""), native.Run("--version"));
        Assert.Equal(Cli.Run("schema"), native.Run("schema"));
    }

    [NativeToolchainFact]
    public void Bench_says_it_timed_the_native_build()
    {
        var (exit, output, error) = native.Run("bench", Kyongwon, "--replications", "2", "--rounds", "1", "--max-threads", "1");

        Assert.True(exit == 0, error);
        Assert.Contains("native build (ahead of time)", output);
    }

    /// <summary>Runs <paramref name="command"/>, which ends in <c>--out</c>, natively and in-process into directories of their own, and
    /// compares every file they wrote.</summary>
    private void AssertWritesTheSameFiles(params string[] command)
    {
        using var directory = new TemporaryDirectory();
        var nativeRun = native.Run([.. command, directory["native"]]);
        var justInTime = Cli.Run([.. command, directory["jit"]]);

        Assert.True(nativeRun.Exit == 0, nativeRun.Error);
        Assert.Equal(0, justInTime.Exit);
        var (want, got) = (ReportPage.Snapshot(directory["jit"]), ReportPage.Snapshot(directory["native"]));
        Assert.Equal(want.Keys.Order(StringComparer.Ordinal), got.Keys.Order(StringComparer.Ordinal));
        Assert.All(want, file => Assert.True(file.Value.AsSpan().SequenceEqual(got[file.Key]), $"{file.Key} differs"));
    }
}
