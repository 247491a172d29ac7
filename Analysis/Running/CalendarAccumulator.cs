namespace Shortfall.Analysis.Running;

/// <summary>
/// Deliveries by calendar month of the horizon, over all destinations and per destination, as
/// replications arrive. Months are added as they first appear; a month or destination-month that a
/// replication does not report contributes no observation.
/// </summary>
internal sealed class CalendarAccumulator(PlantLabels plant)
{
    private readonly List<Tally> _months = [];
    private readonly List<Tally[]> _destinations = [];

    /// <summary>Adds one replication.</summary>
    public void Add(ReplicationMetrics replication)
    {
        var months = replication.CalendarMonths;
        for (var m = 0; m < months.Count; m++)
        {
            if (months[m].Mean is not { } mean)
            {
                continue;
            }

            Month(m).Add(mean, months[m].Empty, months[m].DestinationMonths);
        }
        foreach (var dm in replication.Result.DestinationMonths)
        {
            _destinations[dm.Month][dm.Destination].Add(dm.Deliveries, ReplicationMetrics.GotNothing(dm) ? 1 : 0, 1);
        }
    }

    /// <summary>The months with at least one observation, in calendar order.</summary>
    public IReadOnlyList<MonthSummary> Summarize()
    {
        var summaries = new List<MonthSummary>();
        for (var m = 0; m < _months.Count; m++)
        {
            if (_months[m].Count == 0)
            {
                continue;
            }

            var destinations = _destinations[m]
                .Select((t, d) => (Tally: t, Name: plant.Destinations[d]))
                .Where(x => x.Tally.Count > 0)
                .Select(x => new DestinationMonthSummary(x.Name, x.Tally.Mean(), x.Tally.Share))
                .ToArray();
            summaries.Add(new MonthSummary(plant.MonthLabel(m), _months[m].Mean(), _months[m].Share, destinations));
        }
        return summaries;
    }

    private Tally Month(int month)
    {
        while (_months.Count <= month)
        {
            _months.Add(new Tally());
            _destinations.Add(Enumerable.Range(0, plant.Destinations.Count).Select(_ => new Tally()).ToArray());
        }
        return _months[month];
    }

    // The observations of one month (or destination-month), and how many of its destination-months got nothing.
    private sealed class Tally
    {
        private readonly Statistics.RunningStatistics _values = new();
        private long _empty;
        private long _trials;

        public long Count => _values.Count;

        public double Share => (double)_empty / _trials;

        public void Add(double value, long empty, long trials)
        {
            _values.Add(value);
            _empty += empty;
            _trials += trials;
        }

        public Statistics.MeanEstimate Mean() => _values.EstimateMean();
    }
}
