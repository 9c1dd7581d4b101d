using System.Net;
using Hl7.Fhir.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ToekomstZorg.Semantics.Fhir.Rest;
using ToekomstZorg.Semantics.Fhir.Serialization;
using ToekomstZorg.Semantics.Server.FhirRest.Internal;

namespace ToekomstZorg.Semantics.Server.FhirRest;

/// <summary>
/// The FHIR R4 terminology REST facade under <c>/fhir</c>, JSON and XML. The FHIR logic is the Fhir project's
/// <see cref="FhirRestFacade"/> (one per vocabulary version, <see cref="Snapshots.ServedVocabulary.FhirRest"/>); these
/// endpoints only map HTTP to it: routes and methods, query and body to a <see cref="FhirRestRequest"/>, content
/// negotiation, status codes, and writing the resource.
/// </summary>
public static class FhirRestEndpoints
{
    /// <summary>Maps every FHIR route: metadata, the terminology operations, read/search of the terminology resources and resource $translate.</summary>
    public static IEndpointRouteBuilder MapFhirTerminology(this IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        var fhir = routes.MapGroup("/fhir");
        fhir.MapGet("/metadata", Operation((facade, request) => facade.Metadata(request)));

        string[] getPost = ["GET", "POST"];
        fhir.MapMethods("/CodeSystem/$lookup", getPost, Operation((facade, request) => facade.Lookup(request)));
        fhir.MapMethods("/CodeSystem/$validate-code", getPost, Operation((facade, request) => facade.CodeSystemValidateCode(request)));
        fhir.MapMethods("/CodeSystem/{id}/$validate-code", getPost, Operation((facade, request) => facade.CodeSystemValidateCode(request)));
        fhir.MapMethods("/CodeSystem/$subsumes", getPost, Operation((facade, request) => facade.Subsumes(request)));
        fhir.MapMethods("/CodeSystem/{id}/$subsumes", getPost, Operation((facade, request) => facade.Subsumes(request)));
        fhir.MapMethods("/ValueSet/$expand", getPost, Operation((facade, request) => facade.Expand(request)));
        fhir.MapMethods("/ValueSet/{id}/$expand", getPost, Operation((facade, request) => facade.Expand(request)));
        fhir.MapMethods("/ValueSet/$validate-code", getPost, Operation((facade, request) => facade.ValueSetValidateCode(request)));
        fhir.MapMethods("/ValueSet/{id}/$validate-code", getPost, Operation((facade, request) => facade.ValueSetValidateCode(request)));
        fhir.MapMethods("/ConceptMap/$translate", getPost, Operation((facade, request) => facade.Translate(request)));
        fhir.MapMethods("/ConceptMap/{id}/$translate", getPost, Operation((facade, request) => facade.Translate(request)));

        foreach (var type in FhirRestFacade.CanonicalResourceTypes)
        {
            fhir.MapGet($"/{type}", Operation((facade, request) => facade.Search(type, request)));
            fhir.MapPost($"/{type}/_search", FhirEndpoint.Handle(async (context, vocabulary, format, _) =>
            {
                var request = await FhirRestRequests.ReadSearchFormAsync(context).ConfigureAwait(false);
                await FhirResponses.WriteAsync(context, vocabulary, vocabulary.FhirRest.Search(type, request), format).ConfigureAwait(false);
            }));
            fhir.MapGet($"/{type}/{{id}}", FhirEndpoint.Handle(async (context, vocabulary, format, _) =>
            {
                // The exported resource's JSON is written once per version and shared; XML is written per request.
                var document = vocabulary.FhirRest.Read(type, (string)context.Request.RouteValues["id"]!);
                await FhirResponses.WriteAsync(context, vocabulary, document.Serialize(format), format).ConfigureAwait(false);
            }));
        }

        foreach (var type in FhirRestFacade.TranslatableResourceTypes)
        {
            // Byte-preserving, so JSON only: an Accept or _format that allows only XML is a 406, an XML body a 415.
            fhir.MapPost($"/{type}/$translate", FhirEndpoint.Handle(
                async (context, vocabulary, format, options) =>
                {
                    // Room for a Parameters wrapper around a resource of the maximum size.
                    var request = await FhirRestRequests.ReadAsync(context, options.MaxResourceBytes + 64 * 1024).ConfigureAwait(false);
                    var result = vocabulary.FhirRest.TranslateResource(type, request);
                    await (result.Succeeded
                        ? FhirResponses.WriteAsync(context, vocabulary, result.ToParametersJson(), FhirFormat.Json)
                        : FhirResponses.WriteAsync(context, vocabulary, result.ToOperationOutcomeJson(), FhirFormat.Json, result.Error!.HttpStatus)).ConfigureAwait(false);
                },
                jsonOnly: true));
        }

        fhir.MapFallback(FhirEndpoint.Handle((context, _, _, _) =>
        {
            var path = FhirRestOutcome.Clip(context.Request.Path.Value ?? "");
            var allowed = AllowedMethods.For(context, context.Request.Path);
            if (allowed.Count > 0)
            {
                // The path exists, the method does not (e.g. PUT or DELETE on a read-only resource): 405 with Allow.
                context.Response.Headers.Allow = string.Join(", ", allowed);
                throw FhirRestOutcome.Error(
                    HttpStatusCode.MethodNotAllowed, OperationOutcome.IssueType.NotSupported,
                    $"{context.Request.Method} is not allowed on {path}; allowed: {string.Join(", ", allowed)}.");
            }

            throw FhirRestOutcome.Error(
                HttpStatusCode.NotFound, OperationOutcome.IssueType.NotSupported,
                $"{context.Request.Method} {path} is not an endpoint of this FHIR server; see /fhir/metadata.");
        }));
        return routes;
    }

    // A terminology interaction: the request read from HTTP, answered by the facade, written in the negotiated format.
    private static RequestDelegate Operation(Func<FhirRestFacade, FhirRestRequest, Resource> operation) =>
        FhirEndpoint.Handle(async (context, vocabulary, format, options) =>
        {
            // A GET answer depends only on the version and the request, so it is written once per version.
            var key = OperationAnswers.Key(context.Request, format);
            if (key is not null && OperationAnswers.TryGet(vocabulary, key, out var written))
            {
                await FhirResponses.WriteAsync(context, vocabulary, written, format).ConfigureAwait(false);
                return;
            }

            var request = await FhirRestRequests.ReadAsync(context, options.MaxResourceBytes).ConfigureAwait(false);
            var body = FhirResponses.Serialize(context, operation(vocabulary.FhirRest, request), format);
            if (key is not null)
            {
                OperationAnswers.Add(vocabulary, key, body);
            }

            await FhirResponses.WriteAsync(context, vocabulary, body, format).ConfigureAwait(false);
        });
}
