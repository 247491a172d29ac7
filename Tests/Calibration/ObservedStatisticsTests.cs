using Shortfall.Analysis.Calibration;
using Shortfall.Configuration;
using Shortfall.Configuration.Calibration;
using Shortfall.Model.Results;
using Shortfall.Tests.Configuration;

namespace Shortfall.Tests.Calibration;

/// <summary>Observed outputs computed from a hand-made replication, so every number is known.</summary>
public sealed class ObservedStatisticsTests
{
    [Fact]
    public void Deliveries_and_empty_months_count_only_the_destination_months_of_the_chosen_calendar_months()
    {
        // Kyongwon's horizon starts in September, so month index 0 is September and index 4 is January.
        var scenario = ScenarioLoader.Load(TestFiles.Scenario("kyongwon-technology-office.yaml")).Baseline;
        var any = new IntervalError(0, 10, "");
        Observation[] observations =
        [
            new("autumn", ObservedOutput.DeliveriesPerDestinationMonth, [9, 10], 1, any),
            new("january", ObservedOutput.NoDeliveryShare, [1], 0, any),
            new("all", ObservedOutput.DeliveriesPerDestinationMonth, [], 1, any),
        ];
        DestinationMonth[] months =
        [
            new(0, 0, 3, 8) { Quantity = 300 },
            new(0, 1, 5, 8) { Quantity = 500 },
            new(0, 4, 0, 8),
            new(0, 5, 2, 8) { Quantity = 200 },
        ];
        var result = new ReplicationResult(0, months, [], [], [], [], [], [new EquipmentTotals(240, 0, 0)], 0, 0);

        var values = new ObservedStatistics(observations, scenario).Of(result);

        Assert.Equal([4.0, 1.0, 2.5], values);
    }

    [Fact]
    public void Sessions_per_user_and_year_divide_the_served_sessions_by_the_users_and_the_horizons_years()
    {
        var scenario = ScenarioLoader.Load(TestFiles.Scenario("kyongwon-technology-office.yaml")).Baseline;
        Observation[] observations = [new("visits", ObservedOutput.SessionsPerUserYear, [], 1, new NormalError(0.5))];
        var result = new ReplicationResult(0, [], [], [], [], [], [], [new EquipmentTotals(240, 7, 3)], 0, 0);

        var value = new ObservedStatistics(observations, scenario).Of(result).Single();

        var years = scenario.Horizon.Hours / (365.25 * 24);
        Assert.Equal(240.0 / scenario.Equipment[0].Users / years, value, 12);
    }
}
