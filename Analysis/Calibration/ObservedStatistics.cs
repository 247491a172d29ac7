using Shortfall.Analysis.Running;
using Shortfall.Configuration.Calibration;
using Shortfall.Model.Definition;
using Shortfall.Model.Results;

namespace Shortfall.Analysis.Calibration;

/// <summary>The value of each observed output in one replication of a scenario: what calibration compares with the observations.</summary>
public sealed class ObservedStatistics(IReadOnlyList<Observation> observations, Scenario scenario)
{
    private const double HoursPerYear = 365.25 * 24;

    /// <summary>One value per observation, in their order; NaN when the replication has nothing to measure it on (no
    /// destination-month in its months).</summary>
    public double[] Of(ReplicationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return observations.Select(o => Of(o, result)).ToArray();
    }

    private double Of(Observation observation, ReplicationResult result) => observation.Output switch
    {
        ObservedOutput.DeliveriesPerDestinationMonth => Mean(InMonths(observation, result), dm => dm.Deliveries),
        ObservedOutput.NoDeliveryShare => Mean(InMonths(observation, result), dm => ReplicationMetrics.GotNothing(dm) ? 1 : 0),
        ObservedOutput.SessionsPerUserYear => SessionsPerUserYear(result),
        _ => throw new ArgumentOutOfRangeException(nameof(observation), observation.Output, null),
    };

    private List<DestinationMonth> InMonths(Observation observation, ReplicationResult result)
    {
        var first = scenario.Horizon.Start.Month - 1;
        return result.DestinationMonths.Where(dm => observation.Covers((first + dm.Month) % 12 + 1)).ToList();
    }

    private static double Mean(List<DestinationMonth> months, Func<DestinationMonth, double> value)
    {
        var sum = 0.0;
        foreach (var month in months)
        {
            sum += value(month);
        }
        return months.Count > 0 ? sum / months.Count : double.NaN;
    }

    // Sessions of the equipment that has users, over those users, per year of the horizon.
    private double SessionsPerUserYear(ReplicationResult result)
    {
        double sessions = 0, users = 0;
        for (var i = 0; i < scenario.Equipment.Count; i++)
        {
            if (scenario.Equipment[i].Users > 0)
            {
                sessions += result.Equipment[i].Served;
                users += scenario.Equipment[i].Users;
            }
        }
        return users > 0 ? sessions / users / (scenario.Horizon.Hours / HoursPerYear) : double.NaN;
    }
}
