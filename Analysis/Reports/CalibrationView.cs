using Shortfall.Analysis.Calibration;
using Shortfall.Configuration.Calibration;

namespace Shortfall.Analysis.Reports;

/// <summary>What the calibration section of a report shows, from a calibration just run or from the files it wrote.</summary>
/// <param name="Stopped">Why the calibration stopped.</param>
/// <param name="Inputs">The uncertain numbers with their priors.</param>
/// <param name="Observations">The observations.</param>
/// <param name="Posterior">The last generation.</param>
/// <param name="Schedule">Every generation's tolerance, attempts, acceptance and effective sample size.</param>
/// <param name="Constraints">Which observation constrains which number; null when the files do not keep it.</param>
internal sealed record CalibrationView(string Stopped, IReadOnlyList<UncertainInput> Inputs, IReadOnlyList<Observation> Observations,
    Generation Posterior, IReadOnlyList<CalibrationGenerationDocument> Schedule, ConstraintTable? Constraints)
{
    /// <summary>The view of a calibration just run.</summary>
    public static CalibrationView Of(AbcOutcome outcome, IReadOnlyList<UncertainInput> inputs, IReadOnlyList<Observation> observations) =>
        new(outcome.StopReason, inputs, observations, outcome.Posterior, CalibrationFiles.Schedule(outcome),
            ConstraintTable.Of(outcome, new ProposalSpace(inputs.Select(i => i.Prior).ToArray())));

    /// <summary>The view of the calibration whose calibration.json and posterior.csv are in <paramref name="directory"/>, for the scenario's
    /// <paramref name="inputs"/> and <paramref name="observations"/>.</summary>
    /// <exception cref="ResultsFormatException">When a file is missing or malformed.</exception>
    public static CalibrationView Read(string directory, IReadOnlyList<UncertainInput> inputs, IReadOnlyList<Observation> observations)
    {
        var document = ResultsJson.Read(Path.Combine(directory, CalibrationFiles.JsonFileName), CalibrationJsonContext.Default.CalibrationDocument);
        var last = document.Schedule[^1];
        var posterior = PosteriorTable.ReadGeneration(Path.Combine(directory, PosteriorTable.FileName), inputs, observations, last.Generation,
            last.Tolerance ?? double.PositiveInfinity);
        return new CalibrationView(document.Stopped, inputs, observations, posterior, document.Schedule,
            document.Constraints is { } constraints ? ConstraintTable.Of(constraints) : null);
    }
}
