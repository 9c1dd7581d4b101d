using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Cli.Terminology;

/// <summary>One mapping on a translation path, read from <paramref name="From"/> to <paramref name="To"/>.</summary>
/// <param name="From">The concept the hop starts at.</param>
/// <param name="Relation">The SKOS mapping property as written.</param>
/// <param name="Reversed">True when the mapping was read backwards.</param>
/// <param name="To">The concept the hop leads to.</param>
/// <param name="Rationale">The curator's rationale of this mapping, if any.</param>
internal sealed record TranslationAnswerHop(ConceptReference From, MappingRelation Relation, bool Reversed, ConceptReference To, string? Rationale)
{
    /// <summary>The mapping property as written, <c>^</c> when read backwards: <c>skos:broadMatch</c>, <c>^skos:exactMatch</c>.</summary>
    public string Property => (Reversed ? "^skos:" : "skos:") + Relation.LocalName();
}
