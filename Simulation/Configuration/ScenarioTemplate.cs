using Shortfall.Configuration.Binding;
using Shortfall.Configuration.Yaml;
using Shortfall.Model.Definition;

namespace Shortfall.Configuration;

/// <summary>
/// A scenario file read, parsed and checked once, for a program that binds it again and again under one override at a time (a
/// calibration's attempts): <see cref="Bind"/> patches the parsed tree and binds only the result, exactly as
/// <see cref="ScenarioLoader.Load(byte[], string, IReadOnlyList{ScenarioOverride})"/> binds an override, without decoding and
/// parsing the text and binding the baseline and its remedies again for every override. Safe to use from several threads: the
/// tree is immutable and each call reports into its own diagnostics.
/// </summary>
public sealed class ScenarioTemplate
{
    private readonly string _path;
    private readonly MappingNode _tree;
    private readonly IReadOnlyList<BoundRemedy> _remedies;

    internal ScenarioTemplate(string path, MappingNode tree, IReadOnlyList<BoundRemedy> remedies)
    {
        _path = path;
        _tree = tree;
        _remedies = remedies;
    }

    /// <summary>A reader's name for the number <paramref name="path"/> addresses, from the file's own names ("diesel allocation quantity" for
    /// <c>allocations[3].quantity</c>), for tables and charts; the path itself when it does not resolve.</summary>
    public string Label(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return PathLabel.For(_tree, path);
    }

    /// <summary>The baseline with <paramref name="change"/> applied.</summary>
    /// <exception cref="ScenarioException">When the override has any problem; it carries all of them.</exception>
    /// <exception cref="ArgumentNullException">When <paramref name="change"/> is null.</exception>
    public Scenario Bind(ScenarioOverride change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var diagnostics = new DiagnosticBag(_path);
        var variants = OverrideBinder.Variants(_tree, [change], _remedies, BindContext.For(_tree, diagnostics));
        if (diagnostics.Count > 0 || variants is null)
        {
            throw new ScenarioException(diagnostics.Sorted());
        }
        return variants[0].Scenario;
    }
}
