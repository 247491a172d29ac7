using Shortfall.Configuration.Schema;
using Shortfall.Model.Definition;

namespace Shortfall.Configuration.Binding;

/// <summary>A remedy of the file with what it changes: the overrides applied when it is bought, and the amounts added per unit.</summary>
internal sealed record BoundRemedy(Remedy Definition, IReadOnlyList<MapEntry<VariantPath>> Set, IReadOnlyList<RemedyAddition> Add)
{
    /// <summary>Every path it changes, with whether the change is an addition, for the conflict check.</summary>
    public IEnumerable<(MapEntry<VariantPath> Entry, bool Adds)> Changes => Set.Select(e => (e, false)).Concat(Add.Select(a => (a.Entry, true)));
}
