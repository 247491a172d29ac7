using Shortfall.Analysis.Batches;

namespace Shortfall.Analysis.Optimisation;

/// <summary>
/// The fully sequential indifference-zone procedure KN of Kim and Nelson (2001), "A fully sequential procedure for
/// indifference-zone selection in simulation", ACM TOMACS 11(3):251–273, with common random numbers and c = 1.
/// Every candidate gets n0 replications; S²_il, the sample variance of the differences X_ij − X_lj over them, is
/// fixed from then on. After each further stage (one replication of every candidate still in play, the same
/// replication index for all, so they share random numbers) candidate i leaves when for some l in play
/// X̄_i(r) &lt; X̄_l(r) − W_il(r), W_il(r) = max(0, δ/(2cr)·(h²S²_il/δ² − r)), h² = 2cη(n0 − 1) (for a maximised
/// objective; signs flip for a minimised one). When one is left it is the pick.
/// Guarantee: if the replication outputs of each candidate are independent and identically normally distributed
/// across replications (jointly normal across candidates, as common random numbers make them), and "better" is known
/// to mean larger (or smaller), the pick is the best with probability at least 1 − α whenever the best is at least δ
/// better than every other. It holds approximately for outputs that are averages over a year, as ours are.
/// When every remaining pair's region has closed (W = 0) and several tie on the mean, or the replication cap is
/// reached, the best mean is picked (ties to the lowest index).
/// Deterministic: a stage's replications (the first stage's n0 at once) go to an evaluator as one batch, which may run them on
/// several threads or cluster tasks, but each (candidate, replication) value depends only on those two numbers and the screening
/// runs after the whole stage, so the outcome is the same whatever the threads or tasks.
/// </summary>
public static class KimNelsonSelection
{
    /// <summary>Selects the best of <paramref name="candidates"/> candidates.</summary>
    /// <param name="candidates">How many candidates there are; at least 1.</param>
    /// <param name="simulate">The objective of candidate i in replication k; it must depend on (i, k) alone, use the same random numbers for the same k
    /// in every candidate, and be safe to call concurrently.</param>
    /// <param name="settings">α, δ, n0, the direction, threads and the cap.</param>
    /// <param name="progress">Called after each stage, on the calling thread.</param>
    /// <param name="cancellation">Stops the run between replications.</param>
    /// <exception cref="ArgumentOutOfRangeException">When a setting is out of range, or an objective is not finite.</exception>
    /// <exception cref="OperationCanceledException">When cancelled.</exception>
    public static SelectionOutcome Select(
        int candidates,
        Func<int, long, double> simulate,
        SelectionSettings settings,
        Action<SelectionProgress>? progress = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(simulate);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        return Select(candidates, new LocalEvaluator<CandidateReplication, double>(p => simulate(p.Candidate, p.Replication), settings.Threads), settings,
            progress, cancellation);
    }

    /// <summary>Selects the best of <paramref name="candidates"/> candidates, each stage's replications evaluated as one batch by
    /// <paramref name="evaluator"/>.</summary>
    /// <param name="candidates">How many candidates there are; at least 1.</param>
    /// <param name="evaluator">The objective of a candidate in a replication; it must depend on those alone and use the same random numbers for the same
    /// replication in every candidate.</param>
    /// <param name="settings">α, δ, n0, the direction and the cap (its threads are the evaluator's business).</param>
    /// <param name="progress">Called after each stage, on the calling thread.</param>
    /// <param name="cancellation">Stops the run between stages.</param>
    /// <exception cref="ArgumentOutOfRangeException">When a setting is out of range, or an objective is not finite.</exception>
    /// <exception cref="OperationCanceledException">When cancelled.</exception>
    public static SelectionOutcome Select(
        int candidates,
        IEvaluator<CandidateReplication, double> evaluator,
        SelectionSettings settings,
        Action<SelectionProgress>? progress = null,
        CancellationToken cancellation = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(candidates, 1);
        ArgumentNullException.ThrowIfNull(evaluator);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        var n0 = settings.FirstStage;
        var eta = candidates > 1 ? 0.5 * (Math.Pow(2.0 * settings.Alpha / (candidates - 1), -2.0 / (n0 - 1)) - 1.0) : 0.0;
        var hSquared = 2.0 * eta * (n0 - 1);
        var sign = settings.Minimise ? -1.0 : 1.0;

        var observations = Enumerable.Range(0, candidates).Select(_ => new List<double>()).ToArray();
        var sums = new double[candidates];
        var eliminatedAt = new long?[candidates];
        var eliminatedBy = new int?[candidates];
        var inPlay = Enumerable.Range(0, candidates).ToList();
        RunStages(inPlay, settings.FirstReplication, n0, evaluator, observations, sums, cancellation);
        var varianceOfDifferences = FirstStageVariances(observations, n0);
        long stage = n0;
        var total = (long)candidates * n0;
        var guaranteed = true;
        progress?.Invoke(new SelectionProgress(stage, inPlay.Count, total));
        while (true)
        {
            var delta = settings.Indifference;
            var survivors = new List<int>();
            var open = false;
            foreach (var i in inPlay)
            {
                int? beaten = null;
                foreach (var l in inPlay)
                {
                    if (l == i)
                    {
                        continue;
                    }
                    var slack = Math.Max(0.0, delta / (2.0 * stage) * (hSquared * varianceOfDifferences[i, l] / (delta * delta) - stage));
                    open |= slack > 0.0;
                    if (beaten is null && sign * sums[i] / stage < sign * sums[l] / stage - slack)
                    {
                        beaten = l;
                    }
                }
                if (beaten is { } winner)
                {
                    eliminatedAt[i] = stage;
                    eliminatedBy[i] = winner;
                }
                else
                {
                    survivors.Add(i);
                }
            }
            inPlay = survivors;
            var capped = stage >= settings.MaximumReplications;
            if (inPlay.Count == 1 || !open || capped)
            {
                guaranteed = inPlay.Count == 1 || !open;
                break;
            }
            RunStages(inPlay, settings.FirstReplication + stage, 1, evaluator, observations, sums, cancellation);
            stage++;
            total += inPlay.Count;
            progress?.Invoke(new SelectionProgress(stage, inPlay.Count, total));
        }

        // Several left: ties with every region closed, or the cap; the best mean wins, the lowest index among equals.
        var selected = inPlay.OrderByDescending(i => sign * sums[i] / stage).ThenBy(i => i).First();
        foreach (var i in inPlay.Where(i => i != selected))
        {
            eliminatedAt[i] = stage;
        }
        var outcomes = Enumerable.Range(0, candidates)
            .Select(i => new CandidateOutcome(i, observations[i], i == selected ? null : eliminatedAt[i], i == selected ? null : eliminatedBy[i]))
            .ToArray();
        return new SelectionOutcome(selected, outcomes, eta, hSquared, stage, guaranteed,
            FixedPrecision(varianceOfDifferences, hSquared, settings.Indifference, n0));
    }

    /// <summary>Runs replications <paramref name="first"/> … first + count − 1 of every candidate in play as one batch and appends them, replication by
    /// replication, in candidate order.</summary>
    private static void RunStages(
        List<int> inPlay,
        long first,
        int count,
        IEvaluator<CandidateReplication, double> evaluator,
        List<double>[] observations,
        double[] sums,
        CancellationToken cancellation)
    {
        var points = Enumerable.Range(0, count).SelectMany(j => inPlay.Select(i => new CandidateReplication(i, first + j))).ToArray();
        var values = CheckedObjectives.Evaluate(evaluator, points, p => $"Candidate {p.Candidate} in replication {p.Replication}", cancellation);
        for (var n = 0; n < points.Length; n++)
        {
            observations[points[n].Candidate].Add(values[n]);
            sums[points[n].Candidate] += values[n];
        }
    }

    /// <summary>S²_il over the first n0 replications: the sample variance of X_ij − X_lj.</summary>
    private static double[,] FirstStageVariances(List<double>[] observations, int n0)
    {
        var k = observations.Length;
        var variances = new double[k, k];
        for (var i = 0; i < k; i++)
        {
            for (var l = i + 1; l < k; l++)
            {
                var mean = 0.0;
                for (var j = 0; j < n0; j++)
                {
                    mean += observations[i][j] - observations[l][j];
                }
                mean /= n0;
                var squares = 0.0;
                for (var j = 0; j < n0; j++)
                {
                    var deviation = observations[i][j] - observations[l][j] - mean;
                    squares += deviation * deviation;
                }
                variances[i, l] = variances[l, i] = squares / (n0 - 1);
            }
        }
        return variances;
    }

    private static long FixedPrecision(double[,] variances, double hSquared, double delta, int n0)
    {
        var k = variances.GetLength(0);
        long total = 0;
        for (var i = 0; i < k; i++)
        {
            long needed = n0;
            for (var l = 0; l < k; l++)
            {
                if (l != i)
                {
                    needed = Math.Max(needed, (long)Math.Floor(hSquared * variances[i, l] / (delta * delta)) + 1);
                }
            }
            total += needed;
        }
        return total;
    }
}
