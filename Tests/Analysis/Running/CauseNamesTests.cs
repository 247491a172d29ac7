using Shortfall.Analysis.Running;
using Shortfall.Model.Results;

namespace Shortfall.Tests.Analysis.Running;

public class CauseNamesTests
{
    [Fact]
    public void Every_cause_has_its_own_key_and_every_key_a_phrase()
    {
        var blocked = Enum.GetValues<BlockCause>().Select(CauseNames.Key).ToArray();
        var missed = Enum.GetValues<MissCause>().Select(CauseNames.Key).ToArray();
        Assert.Equal(blocked.Length, blocked.Distinct().Count());
        Assert.Equal(missed.Length, missed.Distinct().Count());
        Assert.All(blocked.Concat(missed), key => Assert.NotEqual(key, CauseNames.Phrase(key)));
    }

    [Fact]
    public void The_files_name_causes_as_the_table_does_in_enum_order()
    {
        Assert.Equal(["power", "input", "carrier", "staff", "storage", "fuel"], Measures.BlockedHours.Select(m => m.Name));
        Assert.Equal(["power", "input", "staff", "capacity", "carrier", "fuel", "joint"], Measures.MissedDays.Select(m => m.Name));
        Assert.Equal("several shortages at once", CauseNames.Phrase("joint"));
    }
}
