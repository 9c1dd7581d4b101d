using ToekomstZorg.Semantics.Server.Snapshots;
using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Server.Services.Internal;

/// <summary>Resolves the <c>system</c> and <c>code</c> fields of the terminology calls, naming the field in every error.</summary>
internal static class RequestArguments
{
    public static ConceptScheme Scheme(ServedVocabulary vocabulary, string system, string field)
    {
        if (string.IsNullOrWhiteSpace(system))
        {
            throw TerminologyRequestException.Missing(field, "a scheme IRI (https://w3id.org/toekomstzorg/ggz) or key (ggz).");
        }

        return vocabulary.Snapshot.TryGetScheme(system, out var scheme)
            ? scheme
            : throw TerminologyRequestException.NotFound(
                $"{field} '{Clip(system)}' is not a scheme of vocabulary {vocabulary.Version}; known: {string.Join(", ", vocabulary.Snapshot.Schemes.Select(s => s.Key))}.");
    }

    public static Concept Concept(ServedVocabulary vocabulary, ConceptScheme scheme, string code, string field)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            throw TerminologyRequestException.Missing(field, $"a code of {scheme.Iri}.");
        }

        return vocabulary.Snapshot.TryGetConcept(scheme, code, out var concept)
            ? concept
            : throw TerminologyRequestException.NotFound($"{field} '{Clip(code)}' is not a code of system {scheme.Iri} (vocabulary {vocabulary.Version}).");
    }

    public static string Clip(string text) => text.Length <= 100 ? text : text[..100] + "…";
}
