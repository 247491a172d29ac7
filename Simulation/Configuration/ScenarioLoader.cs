using System.Security.Cryptography;
using System.Text;
using Shortfall.Configuration.Binding;
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
    public static ScenarioFile Load(byte[] content, string path) => Load(content, path, overrides: null);

    private static ScenarioFile Load(byte[] content, string path, IReadOnlyList<ScenarioOverride>? overrides)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(path);
        if (content.Length > YamlLimits.FileBytes)
        {
            throw new ScenarioException([TooLarge(path, content.Length)]);
        }
        var diagnostics = new DiagnosticBag(path);
        var (baseline, variants) = Bind(Decode(content, diagnostics), diagnostics, overrides);
        if (diagnostics.Count > 0)
        {
            throw new ScenarioException(diagnostics.Sorted());
        }
        return new ScenarioFile(
            path,
            Convert.ToHexStringLower(SHA256.HashData(content)),
            baseline ?? throw new InvalidOperationException("a scenario failed to bind without a diagnostic"),
            variants ?? throw new InvalidOperationException("variants failed to bind without a diagnostic"));
    }

    private static Diagnostic TooLarge(string path, long length) =>
        new(path, 0, 0, "", $"the file has {length} bytes; a scenario file may have at most {YamlLimits.FileBytes} (a real one has a few thousand)");

    /// <summary>The baseline and the file's variants, or with <paramref name="overrides"/> the baseline and those instead.</summary>
    private static (Scenario?, List<Variant>?) Bind(string? text, DiagnosticBag diagnostics, IReadOnlyList<ScenarioOverride>? overrides)
    {
        if (text is null || YamlTreeReader.Read(text, diagnostics) is not { } tree)
        {
            return (null, null);
        }
        var root = ObjectReader.Open(tree, ScenarioSchema.Root, "", Position.FileStart, BindContext.For(tree, diagnostics));
        if (root is null)
        {
            return (null, null);
        }
        var baseline = ScenarioBinder.Bind(root);
        var variants = overrides is null
            ? VariantBinder.Variants(root, (MappingNode)tree)
            : OverrideBinder.Variants((MappingNode)tree, overrides, root.Context);
        return (baseline, variants);
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
