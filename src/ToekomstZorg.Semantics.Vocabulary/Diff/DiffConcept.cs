using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Vocabulary.Diff;

/// <summary>
/// A concept as a diff names it: scheme key, code, IRI and Dutch display label, copied out of the snapshot so a kept
/// diff does not hold either vocabulary version in memory. Identity across versions is the IRI.
/// </summary>
/// <param name="Scheme">The scheme key (<c>ggz</c>); empty for an IRI outside the vocabulary (an unresolved replacement).</param>
/// <param name="Code">The code; the IRI for an IRI outside the vocabulary.</param>
/// <param name="Iri">The concept IRI.</param>
/// <param name="Label">The preferred label (Dutch, else any, else the code).</param>
public sealed record DiffConcept(string Scheme, string Code, string Iri, string Label) : IComparable<DiffConcept>
{
    /// <summary>Whether the IRI was found in the vocabulary.</summary>
    public bool IsInVocabulary => Scheme.Length > 0;

    /// <summary>Copies the names of a concept of a snapshot.</summary>
    public static DiffConcept Of(Concept concept)
    {
        ArgumentNullException.ThrowIfNull(concept);
        return new DiffConcept(concept.Scheme.Key, concept.Code, concept.Iri, concept.Display());
    }

    /// <summary>An IRI that no concept of the vocabulary has.</summary>
    public static DiffConcept External(string iri) => new(string.Empty, iri, iri, iri);

    /// <summary>Ordinal by scheme, code, then IRI: the order every list of a diff is sorted in.</summary>
    public int CompareTo(DiffConcept? other)
    {
        if (other is null)
        {
            return 1;
        }

        var c = string.CompareOrdinal(Scheme, other.Scheme);
        if (c == 0)
        {
            c = string.CompareOrdinal(Code, other.Code);
        }

        return c != 0 ? c : string.CompareOrdinal(Iri, other.Iri);
    }

    /// <summary><c>scheme:code</c>, or the IRI for one outside the vocabulary.</summary>
    public override string ToString() => IsInVocabulary ? $"{Scheme}:{Code}" : Iri;
}
