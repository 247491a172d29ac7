using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Shortfall.Analysis.Output.Documents;

namespace Shortfall.Analysis.Output;

/// <summary>What names a run in manifest.json: its id is a hash of the scenario file's hash, the seed, the counts and the
/// variants' names, so a rerun of the same run has the same id (and the same bytes) and any other run another.</summary>
public static class RunIdentity
{
    /// <summary>The identity of a run of <paramref name="variants"/> written by <paramref name="command"/>.</summary>
    public static ManifestRunDocument Of(string command, RunDescription run, long replications, IReadOnlyList<string> variants)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(variants);
        return Of(command, run.Scenario, run.ScenarioHash, run.Seed, replications, variants.Count, [run.Stopping.GetType().Name, .. variants]);
    }

    /// <summary>The identity of what <paramref name="command"/> wrote from a scenario; <paramref name="settings"/> are whatever else
    /// decides its bytes (variants' names, a calibration's or an optimisation's settings), so that other settings give another id.</summary>
    public static ManifestRunDocument Of(string command, string scenario, string scenarioHash, ulong seed, long replications, int variants,
        IEnumerable<string> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var text = string.Join('\n', new[] { command, scenarioHash, seed.ToString(CultureInfo.InvariantCulture),
            replications.ToString(CultureInfo.InvariantCulture) }.Concat(settings));
        var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
        return new ManifestRunDocument(id, command, scenario, scenarioHash, seed, replications, variants);
    }
}
