namespace Shortfall.Configuration.Binding;

/// <summary>The kinds of named things a scenario can refer to by name.</summary>
internal enum NameKind
{
    Period,
    Calendar,
    Material,
    Product,
    Destination,
    Programme,
}
