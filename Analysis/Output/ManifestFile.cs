using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Shortfall.Analysis.Output.Documents;

namespace Shortfall.Analysis.Output;

/// <summary>manifest.json through its contract (<see cref="ManifestDocument"/>).</summary>
public static class ManifestFile
{
    /// <summary>The contract, generated from <see cref="ManifestDocument"/>.</summary>
    public static JsonTypeInfo<ManifestDocument> Contract => ResultDocumentsContext.Default.ManifestDocument;

    /// <summary>The file's bytes.</summary>
    public static byte[] Serialize(ManifestDocument manifest) => JsonOutput.Document(manifest, Contract);

    /// <summary>The manifest at <paramref name="path"/>, or null when there is none or it cannot be read (a writer carries nothing
    /// over from a set it cannot read; readers report why through their own reader).</summary>
    public static ManifestDocument? TryRead(string path)
    {
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize(File.ReadAllBytes(path), Contract) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
