using Shortfall.Randomness;

namespace Shortfall.Tests.Optimisation;

/// <summary>
/// A plant whose levers' effects are known in closed form: each portfolio's true mean is the sum of its levers' effects
/// (per unit for a lever with units) plus a known interaction when two named levers are bought together. A replication's
/// output is that mean plus normal noise shared by all portfolios in the replication (as common random numbers make it)
/// plus normal noise of the portfolio's own.
/// </summary>
internal sealed class TestPlant(IReadOnlyList<double> effects, (int First, int Second, double Effect) interaction, double sharedSd, double ownSd)
{
    /// <summary>The true mean of a portfolio given as units per lever.</summary>
    public double TrueMean(IReadOnlyList<int> units)
    {
        var mean = 0.0;
        for (var lever = 0; lever < effects.Count; lever++)
        {
            mean += effects[lever] * units[lever];
        }
        return units[interaction.First] > 0 && units[interaction.Second] > 0 ? mean + interaction.Effect : mean;
    }

    /// <summary>One replication's output of a portfolio: its true mean plus shared and own normal noise, a function of (seed, replication, key).</summary>
    public double Replicate(IReadOnlyList<int> units, ulong seed, long replication, string key)
    {
        var standard = new Normal(0.0, 1.0);
        var shared = standard.Sample(new RandomStream(RandomStreams.StreamSeed(seed, replication, "shared")));
        var own = standard.Sample(new RandomStream(RandomStreams.StreamSeed(seed, replication, key)));
        return TrueMean(units) + sharedSd * shared + ownSd * own;
    }
}
