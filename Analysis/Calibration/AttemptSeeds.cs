using Shortfall.Randomness;

namespace Shortfall.Analysis.Calibration;

/// <summary>
/// The seeds of one attempt, from (calibration seed, generation, attempt index) alone, so that an attempt draws the
/// same numbers whichever thread, batch or shard runs it: one stream proposes the parameters, another seeds the model.
/// </summary>
public static class AttemptSeeds
{
    /// <summary>The stream that proposes attempt <paramref name="attempt"/>'s parameters.</summary>
    public static RandomStream Proposal(ulong seed, int generation, long attempt) =>
        new(RandomStreams.StreamSeed(seed, Key(generation, attempt), "calibration proposal"));

    /// <summary>The seed the model runs attempt <paramref name="attempt"/> with.</summary>
    public static ulong Model(ulong seed, int generation, long attempt) => RandomStreams.StreamSeed(seed, Key(generation, attempt), "calibration model");

    // Generations stay far below 2^20 and attempts below 2^43, so the key is one-to-one.
    private static long Key(int generation, long attempt) => ((long)generation << 43) | attempt;
}
