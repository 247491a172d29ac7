using System.Text.Json.Serialization;

namespace Shortfall.Analysis.Output.Documents;

/// <summary>The source-generated contracts of summary.json, distributions.json, sweep.json and manifest.json: snake_case keys in declaration order, doubles
/// through <see cref="RoundTripDoubleConverter"/>, and a missing required key or a null where a value is required refused on reading.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    Converters = [typeof(RoundTripDoubleConverter)],
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(SummaryDocument))]
[JsonSerializable(typeof(SweepDocument))]
[JsonSerializable(typeof(ManifestDocument))]
[JsonSerializable(typeof(DistributionsDocument))]
internal sealed partial class ResultDocumentsContext : JsonSerializerContext;
