using ToekomstZorg.Semantics.Fhir.Serialization;

namespace ToekomstZorg.Semantics.Fhir.Rest;

/// <summary>
/// The names of the FHIR formats in HTTP (http://hl7.org/fhir/R4/http.html#mime-type): the media types of a
/// <c>Content-Type</c> or <c>Accept</c> header and the values of the <c>_format</c> parameter.
/// </summary>
public static class FhirMediaTypes
{
    /// <summary>
    /// The format named by <paramref name="name"/>, a media type without parameters or a <c>_format</c> value: <c>json</c>,
    /// <c>application/fhir+json</c>, <c>application/json</c>, <c>application/json+fhir</c> (DSTU2), <c>text/json</c>;
    /// <c>xml</c>, <c>application/fhir+xml</c>, <c>application/xml</c>, <c>application/xml+fhir</c>, <c>text/xml</c>.
    /// Case is ignored.
    /// </summary>
    public static bool TryParse(string? name, out FhirFormat format)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case "json" or "application/fhir+json" or "application/json" or "application/json+fhir" or "text/json":
                format = FhirFormat.Json;
                return true;
            case "xml" or "application/fhir+xml" or "application/xml" or "application/xml+fhir" or "text/xml":
                format = FhirFormat.Xml;
                return true;
            default:
                format = default;
                return false;
        }
    }

    /// <summary>The Content-Type of an answer in <paramref name="format"/>: <c>application/fhir+json; charset=utf-8</c> or <c>application/fhir+xml; charset=utf-8</c>.</summary>
    public static string ContentType(FhirFormat format) => FhirResourceSerializer.MediaType(format) + "; charset=utf-8";
}
