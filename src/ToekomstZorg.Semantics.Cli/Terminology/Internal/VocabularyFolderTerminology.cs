using ToekomstZorg.Semantics.Cli.Internal;
using ToekomstZorg.Semantics.Vocabulary;
using ToekomstZorg.Semantics.Vocabulary.Model;
using ToekomstZorg.Semantics.Vocabulary.Search;

namespace ToekomstZorg.Semantics.Cli.Terminology.Internal;

/// <summary>The answers read in-process from a vocabulary folder (<c>--vocab DIR</c>), loaded once per command.</summary>
internal sealed class VocabularyFolderTerminology(VocabularySnapshot snapshot) : ITerminology
{
    public Task<ConceptCard> LookupAsync(string scheme, string code, CancellationToken cancellationToken)
    {
        // The snapshot's lookup, as the server answers it: designations in its one order (preferred by language, then
        // alternative, then hidden).
        var lookup = snapshot.Lookup(Concept(scheme, code));
        var concept = lookup.Concept;
        return Task.FromResult(new ConceptCard(
            Reference(concept, withIri: true),
            concept.Deprecated,
            lookup.Designations,
            concept.Definitions.OrderBy(d => d.Key, StringComparer.Ordinal).ToArray(),
            concept.EditorialNotes,
            lookup.Broader.Select(c => Reference(c)).ToArray(),
            lookup.Narrower.Select(c => Reference(c)).ToArray(),
            concept.Mappings.Select(m => new ConceptCardMapping(m.Relation, m.Reversed, Reference(m.To), m.Rationale)).ToArray(),
            concept.Sources,
            snapshot.Version));
    }

    public Task<IReadOnlyList<FoundConcept>> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        foreach (var scheme in query.Schemes ?? [])
        {
            VocabularySnapshots.Scheme(snapshot, scheme);
        }

        IReadOnlyList<FoundConcept> found = snapshot.Search(query)
            .Select(hit => new FoundConcept(
                Reference(hit.Concept, language: query.Language),
                hit.MatchedText,
                hit.MatchedLabel?.Language ?? string.Empty,
                hit.MatchKind))
            .ToArray();
        return Task.FromResult(found);
    }

    public Task<TranslationAnswer> TranslateAsync(string scheme, string code, string targetScheme, CancellationToken cancellationToken)
    {
        var concept = Concept(scheme, code);
        var target = VocabularySnapshots.Scheme(snapshot, targetScheme);
        var result = snapshot.Translate(concept, target);
        var matches = result.Matches.Select(m => new TranslationAnswerMatch(
            Reference(m.Target, withIri: true),
            m.Equivalence,
            m.Path.Select(h => new TranslationAnswerHop(Reference(h.From, withIri: true), h.Relation, h.Reversed, Reference(h.To, withIri: true), h.Rationale)).ToArray(),
            m.Warnings)).ToArray();
        return Task.FromResult(new TranslationAnswer(Reference(concept, withIri: true), target.Key, target.Iri, matches, snapshot.Version));
    }

    public void Dispose()
    {
    }

    private Concept Concept(string scheme, string code) =>
        VocabularySnapshots.Concept(snapshot, VocabularySnapshots.Scheme(snapshot, scheme), code);

    private static ConceptReference Reference(Concept concept, bool withIri = false, string? language = null) =>
        new(concept.Scheme.Key, concept.Scheme.Iri, concept.Code, concept.Display(language), withIri ? concept.Iri : null);
}
