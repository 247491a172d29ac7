using Shortfall.Analysis.Running;
using Shortfall.Analysis.Sharding;

namespace Shortfall.Tests.Analysis.Sharding;

public class ShardHeaderTests
{
    private static readonly PlantLabels Plant = new(["school 1", "school 2"], [120, 80], ["soybeans", "diesel"], ["truck", "parents"], new DateOnly(2021, 2,
        1));

    private static ShardHeader Header(PlantLabels plant) =>
        new("1.0", "plant", "ab12", "won", new Dictionary<string, string> { ["soybeans"] = "kg", ["diesel"] = "L" },
            new Dictionary<string, string> { ["soymilk"] = "L" }, 7, 10, new Shard(2, 3),
            [new ShardVariant("baseline", null, plant, ""), new ShardVariant("parents", 5e6, plant, "Parents carry milk.")]);

    private static ShardHeader RoundTrip(ShardHeader header)
    {
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            header.Write(writer);
        }

        bytes.Position = 0;
        using var reader = new BinaryReader(bytes);
        return ShardHeader.Read(reader);
    }

    [Fact]
    public void A_header_reads_back_with_every_variant_s_people_materials_and_carriers()
    {
        var read = RoundTrip(Header(Plant));
        Assert.All(read.Variants, v => Assert.Equal([120, 80], v.Plant.People));
        Assert.Equal(["soybeans", "diesel"], read.Variants[1].Plant.Materials);
        Assert.Equal(["truck", "parents"], read.Variants[1].Plant.Carriers);
        Assert.True(read.Variants.Zip(Header(Plant).Variants).All(p => p.First.SameAs(p.Second)));
        Assert.Equal("won", read.Currency);
        Assert.Equal("kg", read.MaterialUnits["soybeans"]);
        Assert.Equal("L", read.ProductUnits["soymilk"]);
    }

    [Fact]
    public void Variants_serving_other_numbers_of_people_are_not_the_same()
    {
        var other = Header(Plant with { People = [120, 81] });
        Assert.False(Header(Plant).Variants[0].SameAs(other.Variants[0]));
        Assert.False(Header(Plant).Variants[0].SameAs(Header(Plant with { Carriers = ["truck"] }).Variants[0]));
    }
}
