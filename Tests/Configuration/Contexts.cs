using Shortfall.Configuration;
using Shortfall.Configuration.Binding;
using Shortfall.Configuration.Units;
using Shortfall.Configuration.Yaml;

namespace Shortfall.Tests.Configuration;

/// <summary>Binding contexts for reading single values.</summary>
internal static class Contexts
{
    /// <summary>Currency won, and no declared names (references unchecked).</summary>
    public static BindContext Won() => With("won", new ScalarNode(Position.FileStart, "", quoted: false));

    /// <summary>The <paramref name="currency"/>, and the names a file made of <paramref name="yaml"/> declares.</summary>
    public static BindContext In(string currency, string yaml) => With(currency, YamlTreeReader.Read(yaml, new DiagnosticBag("t.yaml"))!);

    private static BindContext With(string currency, Node declarations) =>
        new(new DiagnosticBag("t.yaml"), UnitTable.For(currency), DeclaredNames.Of(declarations));
}
