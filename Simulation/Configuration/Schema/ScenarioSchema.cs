using Shortfall.Configuration.Binding;
using Shortfall.Configuration.Calibration;
using Shortfall.Configuration.Distributions;
using Shortfall.Configuration.Units;
using DispatchRule = Shortfall.Model.Definition.DispatchRule;
using MakeRule = Shortfall.Model.Definition.MakeRule;
using PowerLossPolicy = Shortfall.Model.Definition.PowerLossPolicy;
using RationRule = Shortfall.Model.Definition.RationRule;

namespace Shortfall.Configuration.Schema;

/// <summary>
/// The scenario format: every key, what its value looks like, whether it is required, what its absence
/// means, and what it is for. The loader reads through these fields, and the JSON Schema and the field
/// reference in FORMAT.md are generated from them. Fields are declared before the objects that use them.
/// </summary>
internal static class ScenarioSchema
{
    private static readonly DistributionShape Duration = new(DistributionUse.Duration);
    private static readonly DistributionShape PositiveDuration = new(DistributionUse.PositiveDuration);
    private static readonly QuantityShape Power = new(Dimension.Power, Bound.Positive);
    private static readonly ListShape Windows = new(WindowShape.Instance);

    public static class Info
    {
        public static readonly Field Name = new("name", TextShape.Line, "The scenario's name, shown in reports.", "Onsong milk plant", Required: true);
        public static readonly Field Description = new("description", TextShape.Paragraph, "What the scenario represents.",
            "County soymilk plant feeding six schools", Default: "empty");
        public static readonly Field Currency = new("currency", CurrencyShape.Instance, "The currency of every amount of money; it becomes the unit of money.",
            "won", Required: true);
        public static readonly ObjectShape Shape = new("scenario", "What the scenario is called and in which currency its costs are written.", Name,
            Description, Currency);
    }

    public static class Horizon
    {
        public static readonly Field Start = new("start", DateShape.Instance, "The first simulated day; simulation time 0 is its midnight.", "2021-01-01",
            Required: true);
        public static readonly Field Length = new("length", CalendarLengthShape.Instance, "How long the simulated period is.", "12 months", Required: true);
        public static readonly ObjectShape Shape = new("horizon", "The simulated period.", Start, Length);
    }

    public static class Calendar
    {
        public static readonly Field Weekdays = new("weekdays", new ListShape(CycleShape.Weekdays), "The days of the week it is open.", "[mon-sat]",
            Default: "every day");
        public static readonly Field Hours = new("hours", Windows,
            "Daily opening windows; one past midnight, 20:00-04:00, opens at 20:00 on each open day and runs to 04:00 the next morning, whether or not that " +
                "day is open.", "[\"08:00-17:00\"]", Default: "all day");
        public static readonly Field Closed = new("closed", new ListShape(ClosedDaysShape.Instance), "Periods (by name) and dates on which it is closed.",
            "[holidays, winter-vacation, 2021-05-01]", Default: "never closed");
        public static readonly ObjectShape Shape = new("calendar", "When something is available: plant shifts, school days, carrier days, office hours.",
            Weekdays, Hours, Closed);
    }

    public static class Season
    {
        public static readonly Field Months = new("months", new ListShape(CycleShape.Months),
            "The months this season covers; every month must be in exactly one season.", "[dec-feb]", Required: true);
        public static readonly Field Windows = new("windows", ScenarioSchema.Windows,
            "The daily windows in which the grid supplies power; one past midnight belongs to the day it starts on, and so to that day's season.",
                "[\"06:00-09:00\", \"19:00-22:00\"]", Required: true);
        public static readonly ObjectShape Shape = new("season", "The grid's supply schedule in some months.", Months, Windows);
    }

    public static class Outages
    {
        public static readonly Field Up = new("up", PositiveDuration, "Time from the grid coming on (or back) until an outage.", "exponential(mean = 3 h)",
            Required: true);
        public static readonly Field Down = new("down", PositiveDuration, "How long an outage lasts.", "lognormal(mean = 2 h, sd = 1 h)", Required: true);
        public static readonly ObjectShape Shape = new("outages", "Random outages while the grid is scheduled on.", Up, Down);
    }

    public static class Generator
    {
        public static readonly Field Capacity = new("capacity", Power, "Power the generator supplies while the grid is off.", "10 kW", Required: true);
        public static readonly Field Fuel = new("fuel", new ReferenceShape(NameKind.Material), "The material it burns.", "diesel", Required: true);
        public static readonly Field Consumption = new("consumption", new AmountShape(Bound.NonNegative) { PerTime = true },
            "Fuel burnt per running hour, in the fuel's unit per time.", "3 L/h", Required: true);
        public static readonly Field Reserve = new("reserve", new AmountShape(Bound.NonNegative),
            "Fuel the generator leaves in stock for the carriers: it never burns the stock below this.", "200 L", Default: "0 (it may burn all)");
        public static readonly ObjectShape Shape = new("generator",
            "A generator that stands by while it has fuel and runs only while the grid is off and something draws power.", Capacity, Fuel, Consumption,
                Reserve);
    }

    public static class PowerSupply
    {
        public static readonly Field Capacity = new("capacity", Power, "The most power the grid delivers while on.", "30 kW", Required: true);
        public static readonly Field Seasons = new("seasons", new ListShape(Season.Shape), "Supply windows by season.", "", Default: "all year, all day");
        public static readonly Field Outages = new("outages", ScenarioSchema.Outages.Shape, "Random outages.", "", Default: "no outages");
        public static readonly Field Generator = new("generator", ScenarioSchema.Generator.Shape, "A backup generator.", "", Default: "no generator");
        public static readonly Field OnPowerLoss = new("on_power_loss", new EnumShape<PowerLossPolicy>(("pause", PowerLossPolicy.Pause), ("lose-batch",
            PowerLossPolicy.LoseBatch)),
            "What a batch in progress does when power drops: waits and resumes, or is lost.", "lose-batch", Default: "pause");
        public static readonly ObjectShape Shape = new("power", "Electricity: the grid's capacity, schedule and outages, and an optional generator.", Capacity,
            Seasons, Outages, Generator, OnPowerLoss);
    }

    public static class Material
    {
        public static readonly Field Unit = new("unit", UnitShape.Instance,
            "The unit its quantities are counted in; quantities written in other units of the same dimension are converted.", "kg", Required: true);
        public static readonly Field OpeningStock = new("opening_stock", new AmountShape(Bound.NonNegative), "Stock at the start.", "200 kg", Default: "0");
        public static readonly Field Storage = new("storage", new AmountShape(Bound.Positive) { Unlimited = true },
            "The most that can be stored; arrivals beyond it are refused.", "5 t", Default: "unlimited");
        public static readonly Field Ration = new("ration", new EnumShape<RationRule>(("none", RationRule.None), ("until-next-allocation",
            RationRule.UntilNextAllocation)),
            "Whether lines spread the stock over the production days until the next planned allocation (see 'Rationing').", "until-next-allocation",
                Default: "none");
        public static readonly ObjectShape Shape = new("material", "A raw supply: soybeans, sugar, packaging, fuel.", Unit, OpeningStock, Storage, Ration);
    }

    public static class Allocation
    {
        public static readonly Field Material = new("material", new ReferenceShape(NameKind.Material), "The material allocated.", "soybeans", Required: true);
        public static readonly Field Quantity = new("quantity", new AmountShape(Bound.Positive), "The quantity planned.", "4 t", Required: true);
        public static readonly Field Planned = new("planned", DateShape.Instance, "The planned delivery date, within the horizon.", "2021-01-15",
            Required: true);
        public static readonly Field Every = new("every", CalendarLengthShape.Instance, "Repeats the allocation at this interval from the planned date.",
            "1 month", Default: "once");
        public static readonly Field Times = new("times", new IntegerShape(1, 100_000),
            "How many allocations in all when it repeats; each is drawn (delay, fraction, arrival) on its own.", "12", Default: "until the horizon ends");
        public static readonly Field Delay = new("delay", Duration, "How late it arrives after the planned date.", "exponential(mean = 10 d)",
            Default: "on time");
        public static readonly Field DeliveredFraction = new("delivered_fraction", new DistributionShape(DistributionUse.Fraction),
            "The fraction of the quantity that arrives.", "uniform(min = 0.6, max = 1)", Default: "all of it");
        public static readonly Field ArrivalProbability = new("arrival_probability", ProbabilityShape.Instance, "The probability that it arrives at all.",
            "0.9", Default: "1");
        public static readonly Field Programme = new("programme", new ReferenceShape(NameKind.Programme),
            "Earmarks the stock: only lines of this programme draw it.", "children-nutrition", Default: "general stock");
        public static readonly ObjectShape Shape = new("allocation", "A planned delivery of a material, which may arrive late, partly or not at all.",
            Material, Quantity, Planned, Every, Times, Delay, DeliveredFraction, ArrivalProbability, Programme);
    }

    public static class Product
    {
        public static readonly Field Unit = new("unit", UnitShape.Instance, "The unit its quantities are counted in.", "L", Required: true);
        public static readonly Field ShelfLife = new("shelf_life", new QuantityShape(Dimension.Time, Bound.Positive) { Unlimited = true },
            "How long after it is made it spoils.", "2 d", Default: "unlimited");
        public static readonly Field Storage = new("storage", new AmountShape(Bound.Positive) { Unlimited = true },
            "The most that can be stored; a line with a full store waits.", "2000 L", Default: "unlimited");
        public static readonly Field RestockBelow = new("restock_below", new AmountShape(Bound.Positive) { Unlimited = true },
            "Lines start a batch only while the stock on hand, batches under way included, is below this level.", "400 L",
                Default: "unlimited (until the store is full)");
        public static readonly Field Make = new("make", new EnumShape<MakeRule>(("to-stock", MakeRule.ToStock), ("for-use", MakeRule.ForUse)),
            "When lines make it: whenever they can, or only on days a destination is open within its shelf life and a carrier that serves it is on duty " +
                "then and has fuel for a trip (see 'Making for use').", "for-use", Default: "to-stock");
        public static readonly ObjectShape Shape = new("product", "What the plant makes.", Unit, ShelfLife, Storage, RestockBelow, Make);
    }

    public static class Recipe
    {
        public static readonly Field Inputs = new("inputs", new MapShape(new ReferenceShape(NameKind.Material), new AmountShape(Bound.Positive)),
            "Materials one batch consumes, each in its material's unit.", "{soybeans: 50 kg, sugar: 5 kg}", Default: "none");
        public static readonly Field Output = new("output", new MapShape(new ReferenceShape(NameKind.Product),
            new AmountShape(Bound.Positive)) { Single = true },
            "The one product a batch yields and how much.", "{soymilk: 400 L}", Required: true);
        public static readonly Field Duration = new("duration", PositiveDuration, "How long a batch runs (while powered).", "3 h", Required: true);
        public static readonly Field Power = new("power", new QuantityShape(Dimension.Power, Bound.NonNegative), "Power the line draws while a batch runs.",
            "15 kW", Required: true);
        public static readonly ObjectShape Shape = new("recipe", "One batch of a line.", Inputs, Output, Duration, Power);
    }

    public static class Line
    {
        public static readonly Field Programme = new("programme", TextShape.Line,
            "The programme it belongs to; it draws that programme's earmarked stock first.", "children-nutrition", Default: "none");
        public static readonly Field Recipe = new("recipe", ScenarioSchema.Recipe.Shape, "What one batch takes and makes.", "", Required: true);
        public static readonly Field Staff = new("staff", new ReferenceShape(NameKind.Calendar), "The calendar of the shifts that staff it.", "plant-shift",
            Required: true);
        public static readonly ObjectShape Shape = new("line", "A production line running batches one at a time.", Programme, Recipe, Staff);
    }

    public static class FuelUse
    {
        public static readonly Field Material = new("material", new ReferenceShape(NameKind.Material), "The fuel.", "diesel", Required: true);
        public static readonly Field PerTrip = new("per_trip", new AmountShape(Bound.NonNegative),
            "Fuel per trip whatever its length (starting, idling), in the fuel's unit.", "2 L", Default: "0");
        public static readonly Field Per100Km = new("per_100km", new AmountShape(Bound.NonNegative), "Fuel per 100 km driven, in the fuel's unit.", "25 L",
            Default: "0");
        public static readonly ObjectShape Shape = new("fuel-use",
            "Fuel a carrier burns: per_trip + per_100km × the route's km / 100; a trip does not start without all of it in stock.", Material, PerTrip,
                Per100Km);
    }

    public static class Breakdowns
    {
        public static readonly Field Between = new("between", PositiveDuration, "Driving time between breakdowns.", "exponential(mean = 60 h)", Required: true);
        public static readonly Field Repair = new("repair", Duration, "How long a repair takes.", "lognormal(mean = 16 h, sd = 8 h)", Required: true);
        public static readonly ObjectShape Shape = new("breakdowns", "Breakdowns; one during a trip loses the load.", Between, Repair);
    }

    public static class Carrier
    {
        public static readonly Field Count = new("count", new IntegerShape(0, 10_000), "How many there are.", "1", Required: true);
        public static readonly Field Capacity = new("capacity", new AmountShape(Bound.Positive),
            "Product one takes per trip, in the unit of the products it carries.", "600 L", Required: true);
        public static readonly Field Speed = new("speed", new QuantityShape(Dimension.Length, Bound.Positive) { PerTime = true, Noun = "a speed",
            Example = "30 km/h" }, "Average travelling speed.", "30 km/h", Required: true);
        public static readonly Field Handling = new("handling", Duration, "Time to hand over a load at each stop of a trip.", "0.5 h", Default: "0 h");
        public static readonly Field Calendar = new("calendar", new ReferenceShape(NameKind.Calendar), "When it is available.", "plant-shift", Required: true);
        public static readonly Field Fuel = new("fuel", FuelUse.Shape, "The fuel it burns.", "{material: diesel, per_100km: 25 L}", Default: "none");
        public static readonly Field Breakdowns = new("breakdowns", ScenarioSchema.Breakdowns.Shape, "Its breakdowns and repairs.", "",
            Default: "never breaks down");
        public static readonly Field Serves = new("serves", new ListShape(new ReferenceShape(NameKind.Destination)), "The destinations it may serve.",
            "[school-1, school-2]", Default: "all destinations");
        public static readonly ObjectShape Shape = new("carrier", "A kind of carrier: trucks, parents on foot.", Count, Capacity, Speed, Handling, Calendar,
            Fuel, Breakdowns, Serves);
    }

    public static class Position
    {
        private static readonly QuantityShape Offset = new(Dimension.Length, Bound.Any);
        public static readonly Field East = new("east", Offset, "Distance east of the plant (west when negative).", "1.2 km", Required: true);
        public static readonly Field North = new("north", Offset, "Distance north of the plant (south when negative).", "-0.4 km", Required: true);
        public static readonly ObjectShape Shape = new("position", "A place on a flat map centred on the plant.", East, North);
    }

    public static class Destination
    {
        public static readonly Field Product = new("product", new ReferenceShape(NameKind.Product), "The product it receives.", "soymilk", Required: true);
        public static readonly Field People = new("people", new IntegerShape(0), "How many people it serves (children of a school).", "450", Default: "0");
        public static readonly Field Quantity = new("quantity", new AmountShape(Bound.Positive), "What it wants per delivery, in the product's unit.", "60 L",
            Required: true);
        public static readonly Field Minimum = new("minimum", new AmountShape(Bound.NonNegative),
            "The least a delivery must bring to count toward the target.", "30 L", Default: "the quantity");
        public static readonly Field Calendar = new("calendar", new ReferenceShape(NameKind.Calendar), "The days it wants deliveries (and can receive them).",
            "school-days", Required: true);
        public static readonly Field Target = new("target", TargetShape.Instance, "The policy target.", "every-day", Required: true);
        public static readonly Field Distance = new("distance", new QuantityShape(Dimension.Length, Bound.NonNegative),
            "One-way road distance from the plant.", "4 km",
            Default: "the straight line to its position (required without a position)");
        public static readonly Field Position = new("position", ScenarioSchema.Position.Shape,
            "Where it is, from the plant; routes between destinations use the straight line times the roads' detour (see FORMAT.md, Routes).",
                "{east: 1.2 km, north: 0.8 km}",
            Default: "none: legs to and from it go through the plant");
        private static readonly Field[] Fields = [Product, People, Quantity, Minimum, Calendar, Target, Distance, Position];
        public static readonly ObjectShape Shape = new("destination", "A place to deliver to; keys it omits are taken from destination_defaults.",
            Fields) { InheritsDefaults = true };
        public static readonly ObjectShape Defaults = new("destination-defaults", "Keys every destination takes unless it sets them itself.",
            Fields.Select(f => f with { Required = false, Default = "none" }).ToArray());
    }

    public static class Equipment
    {
        public static readonly Field Units = new("units", new IntegerShape(0, 10_000), "How many units (computers) there are.", "3", Required: true);
        public static readonly Field Power = new("power", new QuantityShape(Dimension.Power, Bound.NonNegative), "Power each unit draws while in use.",
            "0.3 kW", Required: true);
        public static readonly Field Calendar = new("calendar", new ReferenceShape(NameKind.Calendar), "Opening hours; visits come only then.", "office-hours",
            Required: true);
        public static readonly Field VisitInterval = new("visit_interval", PositiveDuration, "Time between visits during opening hours.",
            "exponential(mean = 2000 h)", Required: true);
        public static readonly Field Session = new("session", PositiveDuration, "How long a served visit uses a unit.", "1 h", Required: true);
        public static readonly Field Users = new("users", new IntegerShape(0),
            "The people the visits come from, so that sessions per user and year can be read off the results.", "120", Default: "not given");
        public static readonly ObjectShape Shape = new("equipment", "Equipment that serves visitors only while powered, like an office's computers.", Units,
            Power, Calendar, VisitInterval, Session, Users);
    }

    public static class Variant
    {
        public static readonly Field Description = new("description", TextShape.Paragraph, "What the remedy is.", "Ten more computers, paid by the cells",
            Default: "empty");
        public static readonly Field Cost = new("cost", new QuantityShape(Dimension.Money, Bound.NonNegative), "What it costs, in the scenario's currency.",
            "4000000 won", Default: "no cost given");
        public static readonly Field Set = new("set", new MapShape(VariantPathShape.Instance, AnyShape.Instance),
            "Overrides: path in the baseline → new value; the result is checked like the baseline.", "{carriers.truck.count: 2}", Required: true);
        public static readonly ObjectShape Shape = new("variant", "A remedy: the baseline with some values overridden.", Description, Cost, Set);
    }

    public static class Observation
    {
        public static readonly Field Output = new("output", new EnumShape<ObservedOutput>(
            ("deliveries_per_destination_month", ObservedOutput.DeliveriesPerDestinationMonth), ("no_delivery_share", ObservedOutput.NoDeliveryShare),
            ("sessions_per_user_year", ObservedOutput.SessionsPerUserYear)),
            "The run's output observed, one number per replication: mean deliveries per destination-month, the share of destination-months " +
                "that received nothing, or served sessions per equipment user and year.", "deliveries_per_destination_month", Required: true);
        public static readonly Field Months = new("months", new ListShape(CycleShape.Months),
            "The calendar months the observation covers (destination-months of other months are left out).", "[apr-jul, sep-dec]",
            Default: "every month");
        public static readonly Field Value = new("value", NumberShape.NonNegative, "The value observed.", "2",
            Required: true);
        public static readonly Field Error = new("error", ObservationErrorShape.Instance,
            "How far the observed value may be from the truth, in the output's unit: the truth lies somewhere in an interval (uniform is the same, " +
                "centred on the value), or the value has a normal error.", "interval(min = 1, max = 3)", Required: true);
        public static readonly ObjectShape Shape = new("observation", "What was seen in the field, for calibration (see 'Calibration').", Output,
            Months, Value, Error);
    }

    public static class Remedy
    {
        public static readonly Field Description = new("description", TextShape.Paragraph, "What the remedy is.", "Another used truck",
            Default: "empty");
        public static readonly Field Cost = new("cost", new QuantityShape(Dimension.Money, Bound.NonNegative),
            "What it costs, in the scenario's currency; with units, what each unit costs.", "50000000 won", Required: true);
        public static readonly Field Units = new("units", new IntegerShape(1),
            "The most units a portfolio may buy (1 to this many); each unit costs the cost and adds the add: amounts once more.", "3", Default: "1");
        public static readonly Field Set = new("set", new MapShape(VariantPathShape.Instance, AnyShape.Instance),
            "Overrides applied, as a variant's set:, when the remedy is bought at all.", "{carriers.parents.count: 6}", Default: "none");
        public static readonly Field Add = new("add", new MapShape(VariantPathShape.Instance, AnyShape.Instance),
            "Amounts added per unit bought to the baseline's number or quantity at the path (in a unit of the same dimension); amounts that " +
                "several remedies add to one path add up.", "{carriers.truck.count: 1}", Default: "none");
        public static readonly Field Excludes = new("excludes", new ListShape(new NameShape("remedy")),
            "Remedies never bought together with this one. Two remedies that set one path (or one inside the other) must exclude each other.",
            "[even-supply]", Default: "none");
        public static readonly ObjectShape Shape = new("remedy",
            "A lever the optimiser combines with others into portfolios (see 'Remedies'): what it changes and what it costs; at least one of set and add.",
            Description, Cost, Units, Set, Add, Excludes);
    }

    public static class Document
    {
        public static readonly Field Scenario = new("scenario", Info.Shape, "Name, description, currency.", "", Required: true);
        public static readonly Field Horizon = new("horizon", ScenarioSchema.Horizon.Shape, "The simulated period.", "{start: 2021-01-01, length: 12 months}",
            Required: true);
        public static readonly Field Periods = new("periods", new MapShape(new NameShape("period"), new ListShape(DateSpanShape.Instance)),
            "Named dates and date ranges (holidays, vacations) that calendars close on.", "{holidays: [2021-01-01, 2021-02-16]}", Default: "none");
        public static readonly Field Calendars = new("calendars", new MapShape(new NameShape("calendar"), Calendar.Shape), "Named calendars.", "",
            Default: "none");
        public static readonly Field Power = new("power", PowerSupply.Shape, "The electricity supply.", "", Required: true);
        public static readonly Field Materials = new("materials", new MapShape(new NameShape("material"), Material.Shape), "Raw supplies by name.", "",
            Default: "none");
        public static readonly Field Allocations = new("allocations", new ListShape(Allocation.Shape), "Planned deliveries of materials.", "", Default: "none");
        public static readonly Field Products = new("products", new MapShape(new NameShape("product"), Product.Shape), "Products by name.", "",
            Default: "none");
        public static readonly Field Lines = new("lines", new MapShape(new NameShape("line"), Line.Shape), "Production lines by name.", "", Default: "none");
        public static readonly Field Carriers = new("carriers", new MapShape(new NameShape("carrier"), Carrier.Shape), "Carriers by name.", "",
            Default: "none");
        public static readonly Field DestinationDefaults = new("destination_defaults", Destination.Defaults, "Keys shared by all destinations.",
            "{product: soymilk, target: every-day}", Default: "none");
        public static readonly Field Destinations = new("destinations", new MapShape(new NameShape("destination"), Destination.Shape), "Destinations by name.",
            "", Default: "none");
        public static readonly Field Dispatch = new("dispatch", new EnumShape<DispatchRule>(("round-robin", DispatchRule.RoundRobin), ("most-overdue-first",
            DispatchRule.MostOverdueFirst)),
            "Whom to serve when product and a carrier are free.", "most-overdue-first", Default: "round-robin");
        public static readonly Field Equipment = new("equipment", new MapShape(new NameShape("equipment"), ScenarioSchema.Equipment.Shape),
            "Service equipment by name.", "", Default: "none");
        public static readonly Field Variants = new("variants", new MapShape(new NameShape("variant"), Variant.Shape),
            "Remedies to compare with the baseline.", "", Default: "none");
        public static readonly Field Remedies = new("remedies", new MapShape(new NameShape("remedy"), Remedy.Shape),
            "Remedies that combine: shortfall optimise chooses the best portfolio of them within a budget.", "", Default: "none");
        public static readonly Field Uncertain = new("uncertain", new MapShape(VariantPathShape.Instance, PriorShape.Instance),
            "Numbers that are not known, by the path a variant's set uses, each with a prior in the number's unit; 'shortfall calibrate' fits them " +
                "to the observations.", "{allocations[3].quantity: \"loguniform(min = 60 L, max = 400 L)\"}", Default: "none");
        public static readonly Field Observations = new("observations", new MapShape(new NameShape("observation"), Observation.Shape),
            "What was observed, by name, for calibration.", "", Default: "none");
        public static readonly ObjectShape Shape = new("scenario-file", "A Shortfall scenario: a plant, its constraints, and the remedies to compare.",
            Scenario, Horizon, Periods, Calendars, Power, Materials, Allocations, Products, Lines, Carriers, DestinationDefaults, Destinations, Dispatch,
                Equipment, Variants, Remedies, Uncertain, Observations);
    }

    /// <summary>The shape of a whole file.</summary>
    public static ObjectShape Root => Document.Shape;
}
