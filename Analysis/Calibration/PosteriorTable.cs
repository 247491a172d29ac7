using System.Text;
using Shortfall.Analysis.Output;
using Shortfall.Analysis.Reports;
using Shortfall.Configuration.Calibration;

namespace Shortfall.Analysis.Calibration;

/// <summary>
/// posterior.csv, written by <c>shortfall calibrate</c> and read by <c>shortfall run --posterior</c>: one accepted parameter set a row
/// with its normalised weight, a column per uncertain path (in the prior's unit, before a count is rounded), the distance of each
/// replication (<c>distance_1</c>…), and the mean simulated value of each observation (<c>simulated:NAME</c>).
/// </summary>
public static class PosteriorTable
{
    /// <summary>The weight column.</summary>
    public const string Weight = "weight";

    /// <summary>The file's name.</summary>
    public const string FileName = "posterior.csv";

    /// <summary>The posterior generation as the file's bytes.</summary>
    public static byte[] Bytes(Generation posterior, IReadOnlyList<UncertainInput> inputs, IReadOnlyList<Observation> observations)
    {
        ArgumentNullException.ThrowIfNull(posterior);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(observations);
        var replications = posterior.Particles[0].Point.Distances.Length;
        var text = new StringBuilder();
        Csv.AppendLine(text, new[] { "particle", Weight }
            .Concat(inputs.Select(i => Csv.Text(i.Path)))
            .Concat(Enumerable.Range(1, replications).Select(r => $"distance_{r}"))
            .Concat(observations.Select(o => Csv.Text($"simulated:{o.Name}"))));
        for (var p = 0; p < posterior.Particles.Count; p++)
        {
            var particle = posterior.Particles[p];
            Csv.AppendLine(text, new[] { Csv.Number(p), Csv.Number(particle.Weight) }
                .Concat(particle.Parameters.Select(Csv.Number))
                .Concat(particle.Point.Distances.Select(Csv.Number))
                .Concat(particle.Point.Statistics.Select(Csv.Number)));
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>The weighted parameter sets of <paramref name="path"/>, their values in <paramref name="inputs"/>' order.</summary>
    /// <exception cref="ResultsFormatException">When the file is missing, lacks a column for one of the inputs, or holds a bad value.</exception>
    public static IReadOnlyList<(double[] Parameters, double Weight)> Read(string path, IReadOnlyList<UncertainInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var table = CsvTable.Open(path, inputs.Select(i => i.Path).Prepend(Weight));
        var columns = inputs.Select(i => table.Column(i.Path)).ToArray();
        var weight = table.Column(Weight);
        var sets = new List<(double[], double)>();
        foreach (var row in table.Rows())
        {
            var w = row.NullableNumber(weight) ?? throw row.Fail("the weight is empty");
            if (w < 0)
            {
                throw row.Fail($"the weight {w} is negative");
            }
            sets.Add((columns.Select(c => row.NullableNumber(c) ?? throw row.Fail("a parameter is empty")).ToArray(), w));
        }
        if (sets.Count == 0 || sets.Sum(s => s.Item2) <= 0)
        {
            throw new ResultsFormatException(path, "holds no parameter set with a positive weight");
        }
        return sets;
    }

    /// <summary>The posterior of <paramref name="path"/> as the generation it was written from: each particle's parameters, weight, distances
    /// and simulated statistics (in <paramref name="observations"/>' order).</summary>
    /// <exception cref="ResultsFormatException">When the file is missing, lacks a column or holds a bad value.</exception>
    public static Generation ReadGeneration(string path, IReadOnlyList<UncertainInput> inputs, IReadOnlyList<Observation> observations, int index,
        double tolerance)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(observations);
        var simulated = observations.Select(o => $"simulated:{o.Name}").ToArray();
        var table = CsvTable.Open(path, inputs.Select(i => i.Path).Prepend(Weight).Append("distance_1").Concat(simulated));
        var parameters = inputs.Select(i => table.Column(i.Path)).ToArray();
        var statistics = simulated.Select(table.Column).ToArray();
        var distances = Enumerable.Range(1, int.MaxValue).Select(r => table.Column($"distance_{r}")).TakeWhile(c => c >= 0).ToArray();
        var weight = table.Column(Weight);
        double Value(CsvRow row, int column) => row.NullableNumber(column) ?? throw row.Fail("a value is empty");
        var particles = table.Rows().Select((row, i) => new Particle(parameters.Select(c => Value(row, c)).ToArray(), Value(row, weight),
            new SimulatedPoint(distances.Select(c => Value(row, c)).ToArray(), statistics.Select(c => Value(row, c)).ToArray()), i)).ToArray();
        if (particles.Length == 0)
        {
            throw new ResultsFormatException(path, "holds no particle");
        }
        return new Generation(index, tolerance, particles, particles.Length);
    }
}
