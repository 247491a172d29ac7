using System.Runtime.CompilerServices;

namespace Shortfall.Tests.Integration;

/// <summary>
/// A fact that needs headless Chromium at <see cref="Chromium.Path"/>. Without it the test is skipped
/// with the reason, except under CI=true, where it runs and fails: CI installs Chromium (.ci/run), so
/// a missing browser there is a broken set-up, not a reason to pass.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute([CallerMemberName] string test = "")
    {
        if (!File.Exists(Chromium.Path) && Environment.GetEnvironmentVariable("CI") != "true")
        {
            SkippedFact.Skip(this, test,
                $"{Chromium.Path} is not installed (apt-get install chromium); under CI=true this test runs and fails instead of skipping.");
        }
    }
}
