using System.Text.Json.Serialization;
using Shortfall.Analysis.Output.Documents;

namespace Shortfall.Analysis.Optimisation.Documents;

/// <summary>The source-generated contract of optimise.json, with the conventions of the other result files (snake_case, round-trip doubles).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    Converters = [typeof(RoundTripDoubleConverter)],
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(OptimiseDocument))]
internal sealed partial class OptimisationDocumentsContext : JsonSerializerContext;
