using System.Net;
using Hl7.Fhir.Model;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using ToekomstZorg.Semantics.Fhir.Rest;
using ToekomstZorg.Semantics.Fhir.Serialization;

namespace ToekomstZorg.Semantics.Server.FhirRest.Internal;

/// <summary>
/// The format of an answer (http://hl7.org/fhir/R4/http.html#mime-type): the <c>_format</c> parameter overrides the
/// <c>Accept</c> header; of the Accept header's media ranges, by descending quality, the first that names FHIR JSON or
/// XML (or <c>*/*</c>, <c>application/*</c>: JSON) wins; no Accept header is JSON. Neither JSON nor XML acceptable is
/// a 406. A JSON-only endpoint (the byte-preserving resource $translate) accepts JSON only.
/// </summary>
internal static class ContentNegotiation
{
    public static FhirFormat Answer(HttpRequest request, bool jsonOnly)
    {
        var parameter = request.Query["_format"].ToString();
        if (parameter.Length > 0)
        {
            // A '+' in a query is a space once decoded (application/fhir+xml arrives as "application/fhir xml").
            var name = parameter.Split(';')[0].Replace(' ', '+');
            if (!FhirMediaTypes.TryParse(name, out var requested))
            {
                throw FhirRestOutcome.Error(
                    HttpStatusCode.NotAcceptable, OperationOutcome.IssueType.NotSupported,
                    $"_format '{FhirRestOutcome.Clip(parameter)}' is not supported; this server answers json (application/fhir+json) and xml (application/fhir+xml).", "_format");
            }

            return jsonOnly && requested != FhirFormat.Json
                ? throw FhirRestOutcome.Error(HttpStatusCode.NotAcceptable, OperationOutcome.IssueType.NotSupported, FhirRestFacade.ResourceTranslationIsJsonOnly, "_format")
                : requested;
        }

        var accept = request.Headers.Accept;
        if (accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
        {
            return FhirFormat.Json;
        }

        foreach (var range in ranges.Where(r => r.Quality != 0).OrderByDescending(r => r.Quality ?? 1))
        {
            var media = range.MediaType.Value;
            if (media is "*/*" or "application/*")
            {
                return FhirFormat.Json;
            }

            if (FhirMediaTypes.TryParse(media, out var format) && (!jsonOnly || format == FhirFormat.Json))
            {
                return format;
            }
        }

        throw FhirRestOutcome.Error(
            HttpStatusCode.NotAcceptable, OperationOutcome.IssueType.NotSupported,
            jsonOnly ? FhirRestFacade.ResourceTranslationIsJsonOnly : "The Accept header allows neither application/fhir+json nor application/fhir+xml, the formats this server answers.");
    }
}
