namespace ToekomstZorg.Semantics.Server.FhirRest.Internal;

/// <summary>A Coding parameter (http://hl7.org/fhir/R4/datatypes.html#Coding) as an operation received it.</summary>
internal sealed record FhirCoding(string? System, string? Code, string? Display = null, string? Version = null);
