using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Vocabulary.Terminology;

/// <summary>A concept that replaces a deprecated one (<c>dct:isReplacedBy</c>).</summary>
/// <param name="Iri">The replacement's IRI as written.</param>
/// <param name="Concept">The replacement when it is a concept of the vocabulary; null for one outside it.</param>
public sealed record ConceptReplacement(string Iri, Concept? Concept)
{
    /// <summary><c>system|code</c> for a concept of the vocabulary, else the IRI.</summary>
    public override string ToString() => Concept is null ? Iri : $"{Concept.Scheme.Iri}|{Concept.Code}";
}
