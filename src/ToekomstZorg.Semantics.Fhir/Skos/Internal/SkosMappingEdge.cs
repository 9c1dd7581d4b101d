using ToekomstZorg.Semantics.Fhir.Export;

namespace ToekomstZorg.Semantics.Fhir.Skos.Internal;

/// <summary>One asserted mapping seen from one of its ends: <see cref="Reversed"/> when read object to subject.</summary>
internal sealed record SkosMappingEdge(string From, string To, SkosMappingProperty Property, bool Reversed, string? Rationale);
