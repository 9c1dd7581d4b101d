namespace ToekomstZorg.Semantics.Fhir.Serialization;

/// <summary>The FHIR wire formats the project writes (http://hl7.org/fhir/R4/formats.html).</summary>
public enum FhirFormat
{
    /// <summary>FHIR JSON, <c>application/fhir+json</c>.</summary>
    Json,

    /// <summary>FHIR XML, <c>application/fhir+xml</c>.</summary>
    Xml,
}
