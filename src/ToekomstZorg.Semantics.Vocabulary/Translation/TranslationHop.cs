using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Vocabulary.Translation;

/// <summary>One mapping on a translation path, read from <see cref="From"/> to <see cref="To"/>.</summary>
public sealed record TranslationHop(Concept From, MappingRelation Relation, bool Reversed, Concept To, string? Rationale)
{
    /// <summary>The mapping property as written, <c>^</c> when read backwards: <c>skos:broadMatch</c>, <c>^skos:exactMatch</c>.</summary>
    public string Property => (Reversed ? "^skos:" : "skos:") + Relation.LocalName();

    /// <summary>What this hop alone says about <see cref="To"/> relative to <see cref="From"/>.</summary>
    public Equivalence Equivalence => EquivalenceAlgebra.OfHop(Relation, Reversed);
}
