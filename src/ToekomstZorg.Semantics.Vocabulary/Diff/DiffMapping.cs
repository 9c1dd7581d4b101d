using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Vocabulary.Diff;

/// <summary>A SKOS mapping as written (subject, relation, object) with its rationale, in one version.</summary>
public sealed record DiffMapping(DiffConcept Subject, MappingRelation Relation, DiffConcept Object, string? Rationale)
{
    /// <summary><c>ggz:x skos:exactMatch kern:y</c>.</summary>
    public override string ToString() => $"{Subject} skos:{Relation.LocalName()} {Object}";
}
