using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Cli.Terminology;

/// <summary>One mapping of a looked-up concept, as written in the vocabulary.</summary>
/// <param name="Relation">The SKOS mapping property as written.</param>
/// <param name="Reversed">True when it is written on <paramref name="To"/> and read here backwards.</param>
/// <param name="To">The concept it leads to.</param>
/// <param name="Rationale">The curator's rationale, if any.</param>
internal sealed record ConceptCardMapping(MappingRelation Relation, bool Reversed, ConceptReference To, string? Rationale)
{
    /// <summary>The property as curators read it: <c>skos:broadMatch</c>, <c>^skos:exactMatch</c> when read backwards.</summary>
    public string Property => (Reversed ? "^skos:" : "skos:") + Relation.LocalName();
}
