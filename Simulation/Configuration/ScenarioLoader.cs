using System.Security.Cryptography;
using System.Text;
using Shortfall.Configuration.Binding;
using Shortfall.Configuration.Calibration;
using Shortfall.Configuration.Schema;
using Shortfall.Configuration.Yaml;
using Shortfall.Model.Definition;

namespace Shortfall.Configuration;

/// <summary>
/// Loads a scenario file (format: Simulation/Configuration/FORMAT.md) into its immutable definition,
/// the baseline and every variant fully resolved: times in hours, power in kW, distances in km, material
/// and product quantities in their declared units, money in the scenario's currency.
/// </summary>
public static class ScenarioLoader
{
    /// <summary>Reads and loads the file at <paramref name="path"/>.</summary>
    /// <exception cref="ScenarioException">When the file cannot be read, or has any problem: the exception carries all of
    /// them, sorted by line and column, each as <c>file:line:col: field.path: message</c>.</exception>
    /// <exception cref="ArgumentNullException">When <paramref name="path"/> is null.</exception>
    public static ScenarioFile Load(string path) => Load(Read(path), path);

    /// <summary>
    /// Reads the file at <paramref name="path"/> and loads its baseline with <paramref name="overrides"/> as its variants
    /// instead of the file's own: each is applied and checked as a variant's <c>set:</c> is (see <see cref="ScenarioOverride"/>).
    /// This is how sweeps, and any program that varies a scenario, make their scenarios.
    /// </summary>
    /// <exception cref="ScenarioException">When the file or an override has any problem; it carries all of them.</exception>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public static ScenarioFile Load(string path, IReadOnlyList<ScenarioOverride> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        return Load(Read(path), path, overrides);
    }

    private static byte[] Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] content;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > YamlLimits.FileBytes)
            {
                throw new ScenarioException([TooLarge(path, length)]);
            }
            content = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new ScenarioException([new Diagnostic(path, 0, 0, "", $"cannot read file: {e.Message}")]);
        }
        return content;
    }

    /// <summary>Loads a scenario from <paramref name="content"/>, the bytes of a UTF-8 file; <paramref name="path"/> names it
    /// in diagnostics and in the result, and its SHA-256 becomes the result's content hash.</summary>
    /// <exception cref="ScenarioException">When the content has any problem; it carries all of them.</exception>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public static ScenarioFile Load(byte[] content, string path) => Load(content, path, overrides: null, point: null);

    /// <summary>Loads the baseline of <paramref name="content"/> (a file's bytes, read once by a program that loads it many
    /// times) with <paramref name="overrides"/> as its variants, as <see cref="Load(string, IReadOnlyList{ScenarioOverride})"/> does.</summary>
    /// <exception cref="ScenarioException">When the content or an override has any problem; it carries all of them.</exception>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public static ScenarioFile Load(byte[] content, string path, IReadOnlyList<ScenarioOverride> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        return Load(content, path, overrides, point: null);
    }

    /// <summary>
    /// Loads <paramref name="content"/> as if its baseline had been written with <paramref name="point"/>'s values (a calibrated
    /// parameter set): the baseline and every variant of the file take them, and a variant that sets the same path itself keeps its
    /// own value. The calibration sections are not read again. Problems the point brings name its paths, without a line.
    /// </summary>
    /// <exception cref="ScenarioException">When the content or the point has any problem; it carries all of them.</exception>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public static ScenarioFile LoadAt(byte[] content, string path, ScenarioOverride point)
    {
        ArgumentNullException.ThrowIfNull(point);
        return Load(content, path, overrides: null, point);
    }

    /// <summary>Loads <paramref name="content"/> with <paramref name="point"/>'s values in its baseline, as
    /// <see cref="LoadAt(byte[], string, ScenarioOverride)"/> does, and <paramref name="overrides"/> as its variants on top of them (an
    /// optimiser's portfolios under a calibrated parameter set: a remedy that adds to an uncertain number adds to the point's value).</summary>
    /// <exception cref="ScenarioException">When the content, the point or an override has any problem; it carries all of them.</exception>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public static ScenarioFile LoadAt(byte[] content, string path, ScenarioOverride point, IReadOnlyList<ScenarioOverride> overrides)
    {
        ArgumentNullException.ThrowIfNull(point);
        ArgumentNullException.ThrowIfNull(overrides);
        return Load(content, path, overrides, point);
    }

    /// <summary>Checks <paramref name="content"/> as <see cref="Load(byte[], string)"/> does, then keeps its parsed tree for binding
    /// override after override (<see cref="ScenarioTemplate"/>).</summary>
    /// <exception cref="ScenarioException">When the content has any problem; it carries all of them.</exception>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public static ScenarioTemplate Prepare(byte[] content, string path)
    {
        Load(content, path);
        var diagnostics = new DiagnosticBag(path);
        var tree = (MappingNode)YamlTreeReader.Read(Decode(content, diagnostics)!, diagnostics)!;
        var root = ObjectReader.Open(tree, ScenarioSchema.Root, "", Position.FileStart, BindContext.For(tree, diagnostics))!;
        return new ScenarioTemplate(path, tree, RemedyBinder.Remedies(root, tree) ?? []);
    }

    private static ScenarioFile Load(byte[] content, string path, IReadOnlyList<ScenarioOverride>? overrides, ScenarioOverride? point)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(path);
        if (content.Length > YamlLimits.FileBytes)
        {
            throw new ScenarioException([TooLarge(path, content.Length)]);
        }
        var diagnostics = new DiagnosticBag(path);
        var (baseline, variants, remedies, calibration) = Bind(Decode(content, diagnostics), diagnostics, overrides, point);
        if (diagnostics.Count > 0)
        {
            throw new ScenarioException(diagnostics.Sorted());
        }
        return new ScenarioFile(
            path,
            Convert.ToHexStringLower(SHA256.HashData(content)),
            baseline ?? throw new InvalidOperationException("a scenario failed to bind without a diagnostic"),
            variants ?? throw new InvalidOperationException("variants failed to bind without a diagnostic"))
        {
            Remedies = remedies?.Select(r => r.Definition).ToList() ?? throw new InvalidOperationException("remedies failed to bind without a diagnostic"),
            Uncertain = calibration.Uncertain ?? [],
            Observations = calibration.Observations ?? [],
        };
    }

    private static Diagnostic TooLarge(string path, long length) =>
        new(path, 0, 0, "", $"the file has {length} bytes; a scenario file may have at most {YamlLimits.FileBytes} (a real one has a few thousand)");

    /// <summary>The baseline, the file's variants (or with <paramref name="overrides"/> those instead) and its remedies; and the
    /// calibration sections (checked only when the file's own variants are bound: a program's overrides come from them).</summary>
    private static (Scenario?, List<Variant>?, List<BoundRemedy>?, (List<UncertainInput>? Uncertain, List<Observation>? Observations)) Bind(
        string? text, DiagnosticBag diagnostics, IReadOnlyList<ScenarioOverride>? overrides, ScenarioOverride? point)
    {
        if (text is null || YamlTreeReader.Read(text, diagnostics) is not { } written)
        {
            return (null, null, null, default);
        }
        var tree = point is null ? written : OverrideBinder.Patched((MappingNode)written, point, BindContext.For(written, diagnostics));
        var root = ObjectReader.Open(tree, ScenarioSchema.Root, "", Position.FileStart, BindContext.For(tree, diagnostics));
        if (root is null)
        {
            return (null, null, null, default);
        }
        var baseline = ScenarioBinder.Bind(root);
        var remedies = RemedyBinder.Remedies(root, (MappingNode)tree);
        if (overrides is not null)
        {
            return (baseline, OverrideBinder.Variants((MappingNode)tree, overrides, remedies, root.Context), remedies, default);
        }
        var variants = VariantBinder.Variants(root, (MappingNode)tree);
        if (point is not null)
        {
            return (baseline, variants, remedies, default);
        }
        var calibration = (UncertainBinder.Inputs(root, (MappingNode)tree), ObservationBinder.Observations(root, baseline));
        return (baseline, variants, remedies, calibration);
    }

    /// <summary>The text of UTF-8 <paramref name="content"/> (a byte-order mark is skipped), or null when it is not UTF-8 (reported).</summary>
    private static string? Decode(byte[] content, DiagnosticBag diagnostics)
    {
        try
        {
            var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(content);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException e)
        {
            diagnostics.Report(Position.FileStart, "", $"the file is not UTF-8 text (invalid byte at offset {e.Index})");
            return null;
        }
    }
}
