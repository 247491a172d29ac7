using Shortfall.Model.Definition;

namespace Shortfall.Configuration.Schema;

/// <summary>An entry of a calendar's <c>closed</c> list: literal dates, or the name of a period.</summary>
internal readonly record struct ClosedDays(DateRange? Dates, string? Period);
