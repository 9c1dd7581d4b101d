using ToekomstZorg.Semantics.Fhir.Export;

namespace ToekomstZorg.Semantics.Fhir.Skos.Internal;

/// <summary>A concept with the scheme it belongs to.</summary>
internal sealed record SkosConceptEntry(ExportScheme Scheme, ExportConcept Concept);
