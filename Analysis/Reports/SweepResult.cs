namespace Shortfall.Analysis.Reports;

/// <summary>sweep.json as the report reads it.</summary>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="ScenarioHash">The SHA-256 of the scenario file.</param>
/// <param name="Replications">Replications of each point.</param>
/// <param name="Mode">"oat" (one at a time) or "lhs" (Latin hypercube).</param>
/// <param name="BaselineMean">The headline mean of the point with every input at its scenario value.</param>
/// <param name="Inputs">The inputs, in the file's order.</param>
public sealed record SweepResult(string Scenario, string ScenarioHash, long Replications, string Mode, double BaselineMean, IReadOnlyList<SweepInput> Inputs)
{
    /// <summary>True for a one-at-a-time sweep, the only kind a tornado chart can show.</summary>
    public bool IsOneAtATime => Mode == "oat";

    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <exception cref="ResultsFormatException">When the file is missing, not JSON, or lacks a field.</exception>
    public static SweepResult Read(string path)
    {
        var root = JsonField.Load(path);
        var baseline = root["points"].Items().Where(p => p["difference_vs_baseline"].IsNull).Cast<JsonField?>().FirstOrDefault()
            ?? throw root.Fail("'points' has no baseline point (one without a difference from the baseline)");
        var inputs = root["parameters"].Items().Select(p => new SweepInput(
            p["path"].String(), p["low"].Number(), p["high"].Number(), p["unit"].String(),
            p["low_effect"].NullableNumber(), p["high_effect"].NullableNumber())).ToArray();
        return new SweepResult(root["scenario"].String(), root["scenario_hash"].String(), root["replications"].Integer(), root["mode"].String(),
            baseline["headline"]["mean"].Number(), inputs);
    }
}
