using Shortfall.Analysis.Output.Documents;

namespace Shortfall.Analysis.Optimisation.Documents;

/// <summary>The chosen portfolio and its effect against the baseline.</summary>
/// <param name="Portfolio">Its name, e.g. "trucks×2+fuel".</param>
/// <param name="Levers">Units of each lever bought.</param>
/// <param name="Cost">What it costs.</param>
/// <param name="Objective">Its objective over its selection replications.</param>
/// <param name="EffectVsBaseline">Its objective minus the baseline's, paired over the same replications.</param>
public sealed record ChosenDocument(string Portfolio, IReadOnlyDictionary<string, int> Levers, double Cost, MeanDocument Objective,
    MeanDocument EffectVsBaseline);
