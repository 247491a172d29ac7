namespace Shortfall.Analysis.Batches;

/// <summary>
/// Evaluates batches of independent simulation points: in this process (<see cref="LocalEvaluator{TPoint, TResult}"/>) or as a Slurm job array
/// (<see cref="Commands.SlurmEvaluator{TPoint, TResult}"/>). A point's result depends on the point alone, and results come back in the points' order, so
/// the caller's outcome has the same bits wherever and on how many workers the points ran.
/// </summary>
/// <typeparam name="TPoint">What one point is: a parameter set and its seed, a portfolio and a replication.</typeparam>
/// <typeparam name="TResult">What the model gives there.</typeparam>
public interface IEvaluator<TPoint, TResult>
{
    /// <summary>How many points it evaluates at once: a caller free to evaluate more points than it strictly needs (calibration's attempts) sizes its
    /// batches by it.</summary>
    int Width { get; }

    /// <summary>The result of every point of <paramref name="points"/>, in their order.</summary>
    /// <exception cref="OperationCanceledException">When cancelled.</exception>
    IReadOnlyList<TResult> Evaluate(IReadOnlyList<TPoint> points, CancellationToken cancellation);
}
