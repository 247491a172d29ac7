using System.Runtime.CompilerServices;

namespace Shortfall.Tests.Integration;

/// <summary>
/// A fact that publishes shortfall as a native program, which needs a C compiler and linker (clang or gcc) on the PATH.
/// Without one the test is skipped with the reason, except under CI=true, where it runs and fails: CI installs one
/// (.ci/run), so a missing compiler there is a broken set-up, not a reason to pass.
/// </summary>
public sealed class NativeToolchainFactAttribute : FactAttribute
{
    public NativeToolchainFactAttribute([CallerMemberName] string test = "")
    {
        if (Environment.GetEnvironmentVariable("CI") != "true" && !OnPath("clang") && !OnPath("gcc"))
        {
            SkippedFact.Skip(this, test,
                "neither clang nor gcc is on the PATH, and Native AOT links with one (apt-get install clang); under CI=true this test runs and fails instead");
        }
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(directory => File.Exists(Path.Combine(directory, program)));
}
