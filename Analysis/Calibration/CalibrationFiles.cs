using System.Text.Json;
using Shortfall.Analysis.Output;
using Shortfall.Configuration.Calibration;
using Shortfall.Model.Definition;

namespace Shortfall.Analysis.Calibration;

/// <summary>Writes a calibration's results: posterior.csv (<see cref="PosteriorTable"/>) and calibration.json (<see cref="CalibrationDocument"/>).</summary>
public static class CalibrationFiles
{
    /// <summary>The JSON file's name.</summary>
    public const string JsonFileName = "calibration.json";

    /// <summary>The method as calibration.json states it.</summary>
    public const string Method =
        "ABC-SMC (Toni et al. 2009) with importance weights and a Gaussian kernel of twice the weighted covariance (Beaumont et al. 2009); " +
        "each tolerance the given quantile of the previous generation's distances (Drovandi and Pettitt 2011; Del Moral et al. 2012); " +
        "R replications a point, the share within the tolerance an unbiased likelihood estimate (Del Moral et al. 2012)";

    /// <summary>Stages both files into <paramref name="results"/>.</summary>
    public static void Stage(ResultsDirectory results, ScenarioFile file, AbcOutcome outcome, AbcSettings settings, int replications)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(settings);
        var posterior = outcome.Posterior;
        results.Stage(PosteriorTable.FileName, PosteriorTable.Bytes(posterior, file.Uncertain, file.Observations));
        var weights = posterior.Particles.Select(p => p.Weight).ToArray();
        var document = new CalibrationDocument
        {
            Method = Method,
            Scenario = file.Baseline.Name,
            ScenarioSha256 = file.ContentHash,
            Seed = settings.Seed,
            Particles = settings.Particles,
            ReplicationsPerPoint = replications,
            Generations = settings.Generations,
            UntilAcceptance = settings.UntilAcceptance,
            ToleranceQuantile = settings.ToleranceQuantile,
            Stopped = outcome.StopReason,
            Parameters = file.Uncertain.Select((input, i) =>
            {
                var values = posterior.Particles.Select(p => p.Parameters[i]).ToArray();
                return new CalibrationParameterDocument
                {
                    Path = input.Path,
                    Prior = input.Prior.ToString(),
                    Unit = input.Unit,
                    PosteriorMean = posterior.Particles.Sum(p => p.Weight * p.Parameters[i]),
                    PosteriorP05 = WeightedQuantile.Of(values, weights, 0.05),
                    PosteriorP95 = WeightedQuantile.Of(values, weights, 0.95),
                };
            }).ToArray(),
            Observations = file.Observations.Select((o, i) => new CalibrationObservationDocument
            {
                Name = o.Name,
                Output = OutputName(o.Output),
                Months = o.Months,
                Value = o.Value,
                Error = o.Error.ToString(),
                PosteriorPredictiveMean = posterior.Particles.Sum(p => p.Weight * p.Point.Statistics[i]),
            }).ToArray(),
            Schedule = Schedule(outcome),
            Constraints = ConstraintTable.Of(outcome, new ProposalSpace(file.Uncertain.Select(i => i.Prior).ToArray())).Document(),
        };
        results.Stage(JsonFileName, JsonOutput.Document(document, CalibrationJsonContext.Default.CalibrationDocument));
    }

    /// <summary>Every generation's tolerance (null for ∞), attempts, acceptance rate and effective sample size.</summary>
    public static IReadOnlyList<CalibrationGenerationDocument> Schedule(AbcOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Generations.Select(g => new CalibrationGenerationDocument
        {
            Generation = g.Index,
            Tolerance = double.IsPositiveInfinity(g.Tolerance) ? null : g.Tolerance,
            Attempts = g.Attempts,
            AcceptanceRate = g.AcceptanceRate,
            EffectiveSampleSize = g.EffectiveSampleSize,
        }).ToArray();
    }

    /// <summary>The output's name as the scenario file writes it, e.g. deliveries_per_destination_month.</summary>
    public static string OutputName(ObservedOutput output) => JsonNamingPolicy.SnakeCaseLower.ConvertName(output.ToString());
}
