using Shortfall.Model.Definition;
using Shortfall.Randomness;
using Fields = Shortfall.Configuration.Schema.ScenarioSchema;

namespace Shortfall.Configuration.Binding;

/// <summary>Binds service equipment such as an office's computers.</summary>
internal static class EquipmentBinder
{
    public static List<ServiceEquipment> Equipment(ObjectReader root, Catalog catalog)
    {
        var equipment = new List<ServiceEquipment>();
        foreach (var (name, reader) in root.Named(Fields.Document.Equipment))
        {
            var power = reader.Get(Fields.Equipment.Power, double.NaN);
            PowerChecks.ReportUnsuppliable(reader, Fields.Equipment.Power, power, catalog, "each unit");
            equipment.Add(new ServiceEquipment(
                name,
                reader.Get(Fields.Equipment.Units, 0),
                power,
                reader.Get(Fields.Equipment.Calendar, ""),
                reader.Get<Distribution>(Fields.Equipment.VisitInterval, null!),
                reader.Get<Distribution>(Fields.Equipment.Session, null!))
            {
                Users = reader.Get(Fields.Equipment.Users, 0),
            });
        }
        return equipment;
    }
}
