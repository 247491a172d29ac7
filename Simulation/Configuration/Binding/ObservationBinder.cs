using Shortfall.Configuration.Calibration;
using Shortfall.Configuration.Schema;
using Shortfall.Model.Definition;
using Fields = Shortfall.Configuration.Schema.ScenarioSchema;

namespace Shortfall.Configuration.Binding;

/// <summary>Binds the <c>observations:</c> section and checks that the scenario has the output each one observes.</summary>
internal static class ObservationBinder
{
    /// <summary>The observations, or null when any has problems (reported to <paramref name="root"/>'s diagnostics).</summary>
    public static List<Observation>? Observations(ObjectReader root, Scenario? baseline)
    {
        var before = root.Context.Diagnostics.Count;
        var observations = new List<Observation>();
        foreach (var (name, reader) in root.Named(Fields.Document.Observations))
        {
            var problems = root.Context.Diagnostics.Count;
            var months = reader.List<int[]>(Fields.Observation.Months).SelectMany(m => m.Value).Distinct().Order().ToList();
            // No months would mean every month (the default), the opposite of what an empty list says.
            if (months.Count == 0 && reader.Has(Fields.Observation.Months) && root.Context.Diagnostics.Count == problems)
            {
                Report(reader, Fields.Observation.Months, "an empty list observes no month; leave 'months' out to observe every month");
                continue;
            }
            if (!reader.TryGet<ObservedOutput>(Fields.Observation.Output, out var output)
                | !reader.TryGet<double>(Fields.Observation.Value, out var value)
                | !reader.TryGet<WrittenError>(Fields.Observation.Error, out var written))
            {
                continue;
            }
            var error = written.Around(value);
            if (!error.Ok)
            {
                Report(reader, Fields.Observation.Error, error.Error);
                continue;
            }
            if (output == ObservedOutput.NoDeliveryShare && value > 1)
            {
                Report(reader, Fields.Observation.Value, $"a share lies between 0 and 1, got {value}");
            }
            if (baseline is not null && Missing(output, baseline) is { } missing)
            {
                Report(reader, Fields.Observation.Output, missing);
            }
            observations.Add(new Observation(name, output, months, value, error.Value));
        }
        return root.Context.Diagnostics.Count > before ? null : observations;
    }

    private static string? Missing(ObservedOutput output, Scenario baseline) => output switch
    {
        ObservedOutput.SessionsPerUserYear when !baseline.Equipment.Any(e => e.Users > 0) =>
            "sessions per user need equipment with users; the scenario has none",
        ObservedOutput.DeliveriesPerDestinationMonth or ObservedOutput.NoDeliveryShare when baseline.Destinations.Count == 0 =>
            "the scenario has no destinations to count deliveries at",
        _ => null,
    };

    private static void Report(ObjectReader reader, Field field, string message)
    {
        var (node, path) = reader.Value(field)!.Value;
        reader.Context.Report(node.Start, path, message);
    }
}
