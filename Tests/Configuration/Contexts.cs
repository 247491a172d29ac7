using Shortfall.Configuration;
using Shortfall.Configuration.Binding;
using Shortfall.Configuration.Units;
using Shortfall.Configuration.Yaml;

namespace Shortfall.Tests.Configuration;

/// <summary>A binding context for reading single values: currency won, and no declared names (references unchecked).</summary>
internal static class Contexts
{
    public static BindContext Won() =>
        new(new DiagnosticBag("t.yaml"), UnitTable.For("won"), DeclaredNames.Of(new ScalarNode(Position.FileStart, "", quoted: false)));
}
