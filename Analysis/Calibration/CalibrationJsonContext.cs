using System.Text.Json.Serialization;
using Shortfall.Analysis.Output.Documents;

namespace Shortfall.Analysis.Calibration;

/// <summary>The source-generated contract of calibration.json, written like the other result documents.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    Converters = [typeof(RoundTripDoubleConverter)],
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(CalibrationDocument))]
internal sealed partial class CalibrationJsonContext : JsonSerializerContext;
