using System.Net;
using System.Text.Json;
using Hl7.Fhir.Model;
using ToekomstZorg.Semantics.Fhir.Rest.Internal;
using ToekomstZorg.Semantics.Fhir.Serialization;
using ToekomstZorg.Semantics.Fhir.Translation;

namespace ToekomstZorg.Semantics.Fhir.Rest.Operations;

/// <summary>
/// <c>POST /fhir/{CarePlan|CareTeam|Bundle}/$translate</c>: translates every coding of a scheme of the vocabulary into
/// the target scheme. The body is the resource itself (target and mode in the query: <c>?target=kern&amp;mode=add</c>)
/// or a Parameters resource with <c>resource</c>, <c>target</c> and <c>mode</c>. The answer
/// (<see cref="FhirTranslationResult.ToParametersJson"/>) is a Parameters resource with <c>return</c> (the translated
/// resource, every untranslated byte as it came in) and <c>outcome</c>. This operation works on the JSON bytes, not on
/// Firely POCOs: Firely's round trip reorders elements and drops formatting, which would break "nothing else changes";
/// so it is JSON only (an XML body is a 415). A parameter it does not know is a 400 naming it.
/// </summary>
internal static class ResourceTranslateOperation
{
    private static readonly OperationSignature Signature = new(
        "$translate of a resource", ["target", "targetsystem", "mode"], new Dictionary<string, string> { ["targetSystem"] = "targetsystem" });

    public static FhirTranslationResult Run(FhirRestFacade facade, string resourceType, FhirRestRequest request)
    {
        if (request.BodyFormat != FhirFormat.Json)
        {
            throw FhirRestOutcome.Error(HttpStatusCode.UnsupportedMediaType, OperationOutcome.IssueType.NotSupported, FhirRestFacade.ResourceTranslationIsJsonOnly);
        }

        var body = request.Body ?? throw FhirRestOutcome.Required("resource", "the resource to translate, as the body of the POST.");
        var query = OperationParameters.Read(new FhirRestRequest(request.BaseUrl, request.Query), Signature with { Operation = $"{resourceType}/$translate" });
        var target = query.String("target") ?? query.String("targetsystem");
        var mode = query.String("mode");
        var resource = body;
        if (ResourceTypeSniffer.Peek(body.Span) == "Parameters" && resourceType != "Parameters")
        {
            (resource, var bodyTarget, var bodyMode) = Unwrap(body, resourceType);
            target = bodyTarget ?? target;
            mode = bodyMode ?? mode;
        }

        if (string.IsNullOrWhiteSpace(target))
        {
            throw FhirRestOutcome.Required("target", "the target scheme (IRI or key, e.g. kern), as ?target= or a Parameters 'target'.");
        }

        return facade.Translator.Translate(resource.Span, target, ParseMode(mode), resourceType);
    }

    private static TranslationMode ParseMode(string? mode) => mode?.ToLowerInvariant() switch
    {
        null or "" or "add" => TranslationMode.Add,
        "replace" => TranslationMode.Replace,
        _ => throw FhirRestOutcome.Invalid("mode", $"mode must be 'add' or 'replace', not '{FhirRestOutcome.Clip(mode)}'."),
    };

    // The Parameters wrapper is read on the JSON tree (not by Firely), so the resource's own bytes can be cut out unchanged.
    private static (ReadOnlyMemory<byte> Resource, string? Target, string? Mode) Unwrap(ReadOnlyMemory<byte> body, string resourceType)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 66 });
        }
        catch (JsonException e)
        {
            throw FhirRestOutcome.Error(
                HttpStatusCode.BadRequest, OperationOutcome.IssueType.Structure,
                $"The Parameters body is not valid JSON at line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1} of that line.");
        }

        using (document)
        {
            string? target = null, mode = null;
            ReadOnlyMemory<byte>? resource = null;
            if (document.RootElement.TryGetProperty("parameter", out var array) && array.ValueKind == JsonValueKind.Array)
            {
                var index = 0;
                foreach (var parameter in array.EnumerateArray())
                {
                    var name = parameter.ValueKind == JsonValueKind.Object && parameter.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String
                        ? n.GetString()!
                        : throw FhirRestOutcome.Error(HttpStatusCode.BadRequest, OperationOutcome.IssueType.Structure, $"Parameters.parameter[{index}] must be an object with a name.", $"Parameters.parameter[{index}]");
                    switch (name)
                    {
                        case "resource":
                            // GetRawText is the exact text of the element in the body, so untranslated bytes still pass through unchanged.
                            resource = resource is null && parameter.TryGetProperty("resource", out var inner) && inner.ValueKind == JsonValueKind.Object
                                ? System.Text.Encoding.UTF8.GetBytes(inner.GetRawText())
                                : throw FhirRestOutcome.Invalid("resource", "Parameter 'resource' must occur once and carry a resource.");
                            break;
                        case "target" or "targetsystem" or "targetSystem":
                            target = target is null ? Text(parameter, name) : throw FhirRestOutcome.Invalid("target", "Give the target once.");
                            break;
                        case "mode":
                            mode = mode is null ? Text(parameter, name) : throw FhirRestOutcome.Invalid("mode", "Parameter 'mode' may occur at most once.");
                            break;
                        default:
                            throw FhirRestOutcome.Error(
                                HttpStatusCode.BadRequest, OperationOutcome.IssueType.NotSupported,
                                $"Parameter '{FhirRestOutcome.Clip(name)}' is not a parameter of {resourceType}/$translate on this server; known: resource, target, targetsystem, mode.", name);
                    }

                    index++;
                }
            }

            return (resource ?? throw FhirRestOutcome.Required("resource", "the Parameters must carry the resource to translate in parameter 'resource'."), target, mode);
        }
    }

    private static string Text(JsonElement parameter, string name)
    {
        foreach (var property in parameter.EnumerateObject())
        {
            if (property.Name.StartsWith("value", StringComparison.Ordinal) && property.Value.ValueKind == JsonValueKind.String)
            {
                return property.Value.GetString()!;
            }
        }

        throw FhirRestOutcome.Invalid(name, $"Parameter '{name}' must have a string value (valueCode, valueString, valueUri).");
    }
}
