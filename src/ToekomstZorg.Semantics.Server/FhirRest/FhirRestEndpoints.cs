using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using ToekomstZorg.Semantics.Server.FhirRest.Internal;
using ToekomstZorg.Semantics.Server.FhirRest.Operations;

namespace ToekomstZorg.Semantics.Server.FhirRest;

/// <summary>The FHIR R4 terminology REST facade under <c>/fhir</c> (application/fhir+json).</summary>
public static class FhirRestEndpoints
{
    /// <summary>Maps every FHIR route: metadata, the terminology operations, read/search of the terminology resources and resource $translate.</summary>
    public static IEndpointRouteBuilder MapFhirTerminology(this IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        var fhir = routes.MapGroup("/fhir");
        fhir.MapGet("/metadata", FhirEndpoint.Handle(MetadataEndpoint.HandleAsync));

        fhir.MapMethods("/CodeSystem/$lookup", ["GET", "POST"], FhirEndpoint.Handle(LookupOperation.HandleAsync));
        fhir.MapMethods("/CodeSystem/$validate-code", ["GET", "POST"], FhirEndpoint.Handle(ValidateCodeOperation.HandleAsync));
        fhir.MapMethods("/CodeSystem/{id}/$validate-code", ["GET", "POST"], FhirEndpoint.Handle(ValidateCodeOperation.HandleAsync));
        fhir.MapMethods("/CodeSystem/$subsumes", ["GET", "POST"], FhirEndpoint.Handle(SubsumesOperation.HandleAsync));
        fhir.MapMethods("/CodeSystem/{id}/$subsumes", ["GET", "POST"], FhirEndpoint.Handle(SubsumesOperation.HandleAsync));
        fhir.MapMethods("/ValueSet/$expand", ["GET", "POST"], FhirEndpoint.Handle(ExpandOperation.HandleAsync));
        fhir.MapMethods("/ValueSet/$validate-code", ["GET", "POST"], FhirEndpoint.Handle(ValueSetValidateCodeOperation.HandleAsync));
        fhir.MapMethods("/ValueSet/{id}/$validate-code", ["GET", "POST"], FhirEndpoint.Handle(ValueSetValidateCodeOperation.HandleAsync));
        fhir.MapMethods("/ValueSet/{id}/$expand", ["GET", "POST"], FhirEndpoint.Handle(ExpandOperation.HandleAsync));
        fhir.MapMethods("/ConceptMap/$translate", ["GET", "POST"], FhirEndpoint.Handle(ConceptMapTranslateOperation.HandleAsync));
        fhir.MapMethods("/ConceptMap/{id}/$translate", ["GET", "POST"], FhirEndpoint.Handle(ConceptMapTranslateOperation.HandleAsync));

        foreach (var type in new[] { "CodeSystem", "ValueSet", "ConceptMap", "StructureDefinition" })
        {
            fhir.MapGet($"/{type}", FhirEndpoint.Handle(CanonicalResourceEndpoints.Search(type)));
            fhir.MapGet($"/{type}/{{id}}", FhirEndpoint.Handle(CanonicalResourceEndpoints.Read(type)));
        }

        foreach (var type in new[] { "CarePlan", "CareTeam", "Bundle" })
        {
            fhir.MapPost($"/{type}/$translate", FhirEndpoint.Handle(ResourceTranslateOperation.For(type)));
        }

        fhir.MapFallback(FhirEndpoint.Handle((context, _, _) =>
        {
            var path = VocabularyArguments.Clip(context.Request.Path.Value ?? "");
            var allowed = AllowedMethods.For(context, context.Request.Path);
            if (allowed.Count > 0)
            {
                // The path exists, the method does not (e.g. PUT or DELETE on a read-only resource): 405 with Allow.
                context.Response.Headers.Allow = string.Join(", ", allowed);
                throw new FhirOperationException(405, "not-supported", $"{context.Request.Method} is not allowed on {path}; allowed: {string.Join(", ", allowed)}.");
            }

            throw new FhirOperationException(404, "not-supported", $"{context.Request.Method} {path} is not an endpoint of this FHIR server; see /fhir/metadata.");
        }));
        return routes;
    }
}
