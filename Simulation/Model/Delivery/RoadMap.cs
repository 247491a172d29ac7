using Shortfall.Model.Definition;

namespace Shortfall.Model.Delivery;

/// <summary>
/// Road distances between the plant and the destinations. From the plant, a destination's distance
/// is as the scenario gives it. Between two destinations with positions it is the straight line
/// times the roads' detour: the ratio of road to straight-line distance from the plant, summed over
/// the destinations that give both (1 when none does), so that legs between schools wind as much as
/// the roads out of the plant. A leg to or from a destination without a position goes through the plant.
/// </summary>
internal sealed class RoadMap
{
    private readonly double[,] _between;
    private double? _fullRoundKm;

    public RoadMap(IReadOnlyList<Destination> destinations)
    {
        var n = destinations.Count;
        FromPlant = [.. destinations.Select(d => d.DistanceKm)];
        NearestKm = FromPlant.Length == 0 ? double.PositiveInfinity : FromPlant.Min();
        var road = destinations.Where(d => d.Position is { StraightLineKm: > 0 }).Sum(d => d.DistanceKm);
        var straight = destinations.Where(d => d.Position is { StraightLineKm: > 0 }).Sum(d => d.Position!.Value.StraightLineKm);
        Detour = straight > 0 ? road / straight : 1;
        _between = new double[n, n];
        for (var a = 0; a < n; a++)
        {
            for (var b = 0; b < n; b++)
            {
                _between[a, b] = a == b ? 0
                    : destinations[a].Position is { } pa && destinations[b].Position is { } pb ? Detour * pa.StraightLineTo(pb)
                    : FromPlant[a] + FromPlant[b];
            }
        }
    }

    /// <summary>One-way road km from the plant to the nearest destination (+∞ when there is none).</summary>
    public double NearestKm { get; }

    /// <summary>Road km of a round that calls at every destination, nearest first, as routes are planned (0 when there is none).</summary>
    public double FullRoundKm => _fullRoundKm ??= NearestFirstRoundKm();

    private double NearestFirstRoundKm()
    {
        var left = Enumerable.Range(0, FromPlant.Length).ToList();
        var tour = new List<int>();
        while (left.Count > 0)
        {
            var next = left.MinBy(d => tour.Count == 0 ? FromPlant[d] : _between[tour[^1], d]);
            tour.Add(next);
            left.Remove(next);
        }
        return RoundTrip(tour.ToArray());
    }

    /// <summary>Road km per straight-line km between destinations.</summary>
    public double Detour { get; }

    /// <summary>One-way road km from the plant to each destination.</summary>
    public double[] FromPlant { get; }

    /// <summary>Road km from destination <paramref name="a"/> to <paramref name="b"/>.</summary>
    public double Between(int a, int b) => _between[a, b];

    /// <summary>Road km of the round trip plant → stops in order → plant.</summary>
    public double RoundTrip(ReadOnlySpan<int> stops)
    {
        if (stops.IsEmpty)
        {
            return 0;
        }
        var km = FromPlant[stops[0]] + FromPlant[stops[^1]];
        for (var i = 1; i < stops.Length; i++)
        {
            km += _between[stops[i - 1], stops[i]];
        }
        return km;
    }
}
