using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Fhir.Export;

/// <summary>An asserted mapping: <c>subject property object</c> with its <c>owl:Axiom</c> annotation.</summary>
/// <param name="SubjectScheme">Key of the subject's scheme.</param>
/// <param name="SubjectCode">Code of the subject concept.</param>
/// <param name="Relation">The SKOS mapping property.</param>
/// <param name="ObjectScheme">Key of the object's scheme.</param>
/// <param name="ObjectCode">Code of the object concept.</param>
/// <param name="Rationale">The annotation's <c>rdfs:comment</c>.</param>
/// <param name="Sources">The annotation's <c>dct:source</c> values.</param>
internal sealed record ExportMapping(
    string SubjectScheme,
    string SubjectCode,
    MappingRelation Relation,
    string ObjectScheme,
    string ObjectCode,
    string? Rationale,
    IReadOnlyList<string> Sources);
