using System.Text;
using Shortfall.Analysis.Sharding;
using Shortfall.Model.Results;

namespace Shortfall.Tests.Analysis.Sharding;

public class ReplicationResultCodecTests
{
    private static byte[] Encode(ReplicationResult result)
    {
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, Encoding.UTF8, leaveOpen: true))
        {
            ReplicationResultCodec.Write(writer, result);
        }

        return bytes.ToArray();
    }

    private static ReplicationResult Decode(byte[] bytes)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes), Encoding.UTF8);
        var result = ReplicationResultCodec.Read(reader);
        Assert.Equal(bytes.Length, reader.BaseStream.Position);
        return result;
    }

    [Fact]
    public void A_decoded_result_encodes_to_the_same_bytes_and_keeps_every_field()
    {
        var original = new FakePlant(0.3).Replicate(5, 42);
        var bytes = Encode(original);
        var decoded = Decode(bytes);
        Assert.Equal(bytes, Encode(decoded));
        Assert.Equal(original.DestinationMonths, decoded.DestinationMonths);
        Assert.Equal(original.BlockedHours, decoded.BlockedHours);
        Assert.Equal(original.Destinations.Select(d => d.MissedDays), decoded.Destinations.Select(d => d.MissedDays));
        Assert.Equal(original.Products, decoded.Products);
        Assert.Equal(original.Materials, decoded.Materials);
        Assert.Equal(original.Carriers, decoded.Carriers);
        Assert.Equal((42L, 0.5, 1042L), (decoded.Replication, decoded.GeneratorHours, decoded.Events));
    }

    [Fact]
    public void Doubles_keep_every_bit_including_negative_zero_and_nan_payloads()
    {
        var nan = BitConverter.Int64BitsToDouble(0x7FF8_0000_DEAD_BEEF);
        double[] values = [-0.0, nan, double.Epsilon, 0.1 + 0.2, double.NegativeInfinity];
        var result = new ReplicationResult(long.MaxValue, [new DestinationMonth(0, 0, int.MaxValue, -0.0)], [], values, [], [], [], [new EquipmentTotals(1, -2,
            3)], nan, -1);
        var decoded = Decode(Encode(result));
        Assert.Equal(values.Select(BitConverter.DoubleToInt64Bits), decoded.BlockedHours.Select(BitConverter.DoubleToInt64Bits));
        Assert.Equal(BitConverter.DoubleToInt64Bits(nan), BitConverter.DoubleToInt64Bits(decoded.GeneratorHours));
        Assert.Equal(BitConverter.DoubleToInt64Bits(-0.0), BitConverter.DoubleToInt64Bits(decoded.DestinationMonths[0].Target));
        Assert.Equal((long.MaxValue, -1L, -2), (decoded.Replication, decoded.Events, decoded.Equipment[0].TurnedAwayNoPower));
    }

    [Fact]
    public void A_list_longer_than_the_bytes_left_is_invalid_data_not_a_huge_allocation()
    {
        var bytes = Encode(new FakePlant(0.3).Replicate(5, 1));
        bytes[1] = 0xFF; // the destination-month count, now a 5-byte varint far beyond the data
        bytes[2] = 0xFF;
        bytes[3] = 0xFF;
        bytes[4] = 0x7F;
        Assert.Throws<InvalidDataException>(() => Decode(bytes));
    }
}
