using Shortfall.Analysis.Batches;
using Shortfall.Analysis.Calibration;
using Shortfall.Analysis.Sharding;

namespace Shortfall.Tests.Analysis.Batches;

/// <summary>A batch file gives back exactly the points written into it, and anything but an intact batch of the expected kind is refused by name.</summary>
public sealed class BatchFileTests
{
    private static readonly AbcPointCodec Codec = new();

    internal static readonly AbcPoint[] Points =
    [
        new([0.25, -0.0, double.Epsilon], 1UL),
        new([1e300, double.PositiveInfinity, 3.5], ulong.MaxValue),
        new([Math.PI, 2.0, -7.125], 42UL),
    ];

    internal static BatchHeader Header(int points) => new(ShardFormat.ShortfallVersion, Codec.Kind, "/data/plant.yaml", new string('a', 64),
        ["replications-per-point=2"], points);

    [Fact]
    public void A_batch_read_back_has_the_same_header_and_the_same_bits_in_every_point()
    {
        using var directory = new TemporaryDirectory();
        var path = directory["points.shortfall-batch"];
        var identity = BatchFile.Write(path, Header(Points.Length), Points, Codec);

        var (header, points, again) = BatchFile.Read(path, Codec);

        Assert.Equal(identity, again);
        Assert.Equal(Header(Points.Length).Settings, header.Settings);
        Assert.Equal(Header(Points.Length) with { Settings = header.Settings }, header);
        Assert.Equal(Points.Length, points.Length);
        for (var i = 0; i < Points.Length; i++)
        {
            Assert.Equal(Points[i].Seed, points[i].Seed);
            Assert.Equal(Points[i].Parameters.Select(BitConverter.DoubleToInt64Bits), points[i].Parameters.Select(BitConverter.DoubleToInt64Bits));
        }
        Assert.Equal("2", header.Setting("replications-per-point"));
    }

    [Fact]
    public void Batches_with_different_points_have_different_identities()
    {
        using var directory = new TemporaryDirectory();
        var one = BatchFile.Write(directory["one"], Header(Points.Length), Points, Codec);
        var other = BatchFile.Write(directory["other"], Header(Points.Length), [Points[0], Points[1], Points[2] with { Seed = 43 }], Codec);

        Assert.NotEqual(one, other);
    }

    [Fact]
    public void A_batch_cut_short_is_refused_by_name()
    {
        using var directory = new TemporaryDirectory();
        var path = directory["points.shortfall-batch"];
        BatchFile.Write(path, Header(Points.Length), Points, Codec);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..^10]);

        var refusal = Assert.Throws<ShardException>(() => BatchFile.Read(path, Codec));

        Assert.StartsWith(path + ": is incomplete", refusal.Message);
    }

    [Fact]
    public void A_batch_with_a_changed_byte_is_refused_by_name()
    {
        using var directory = new TemporaryDirectory();
        var path = directory["points.shortfall-batch"];
        BatchFile.Write(path, Header(Points.Length), Points, Codec);
        var bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] ^= 0x10;
        File.WriteAllBytes(path, bytes);

        var refusal = Assert.Throws<ShardException>(() => BatchFile.Read(path, Codec));

        Assert.StartsWith(path + ": is corrupt", refusal.Message);
    }

    [Fact]
    public void A_batch_of_another_kind_is_refused_with_both_kinds()
    {
        using var directory = new TemporaryDirectory();
        var path = directory["points.shortfall-batch"];
        BatchFile.Write(path, Header(Points.Length), Points, Codec);

        var refusal = Assert.Throws<ShardException>(() => BatchFile.Read(path, new PortfolioReplicationCodec()));

        Assert.Equal($"{path}: is a batch of kind 'calibrate', not 'optimise'.", refusal.Message);
    }

    [Fact]
    public void A_shard_file_is_not_taken_for_a_batch()
    {
        using var directory = new TemporaryDirectory();
        var path = directory["points.shortfall-batch"];
        File.WriteAllText(path, "shortfall-shard 3\nrest");

        var refusal = Assert.Throws<ShardException>(() => BatchFile.ReadHeader(path));

        Assert.Equal($"{path}: is not a shortfall batch file.", refusal.Message);
    }
}
