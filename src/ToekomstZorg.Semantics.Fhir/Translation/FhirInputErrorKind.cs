namespace ToekomstZorg.Semantics.Fhir.Translation;

/// <summary>Why a document could not be translated. Transport layers map these to status codes.</summary>
public enum FhirInputErrorKind
{
    /// <summary>Not well-formed JSON (or not UTF-8). gRPC INVALID_ARGUMENT, HTTP 400; issue code <c>structure</c>.</summary>
    InvalidJson,

    /// <summary>Well-formed JSON that is not an accepted FHIR resource (no, wrong or unsupported <c>resourceType</c>). INVALID_ARGUMENT / 400 (or 422); issue code <c>invalid</c>.</summary>
    InvalidResource,

    /// <summary>Objects and arrays nested deeper than the limit. INVALID_ARGUMENT / 400; issue code <c>too-costly</c>.</summary>
    NestingTooDeep,

    /// <summary>The document exceeds the size limit. RESOURCE_EXHAUSTED / 413; issue code <c>too-long</c>.</summary>
    TooLarge,

    /// <summary>The requested target is not a scheme of the vocabulary. INVALID_ARGUMENT / 400; issue code <c>not-found</c>.</summary>
    UnknownTargetScheme,
}
