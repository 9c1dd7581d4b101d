using ToekomstZorg.Semantics.Server.Snapshots;
using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Server.FhirRest.Internal;

/// <summary>Resolves the system, code and version arguments of the terminology operations, with the errors FHIR clients expect.</summary>
internal static class VocabularyArguments
{
    /// <summary>The scheme named by <paramref name="system"/> (IRI or key): 400 when missing, 404 when not a scheme.</summary>
    public static ConceptScheme RequireScheme(ServedVocabulary vocabulary, string? system, string parameter)
    {
        if (string.IsNullOrWhiteSpace(system))
        {
            throw FhirOperationException.Required(parameter, "the code system (a scheme IRI such as https://w3id.org/toekomstzorg/ggz, or its key).");
        }

        return vocabulary.Snapshot.TryGetScheme(system, out var scheme)
            ? scheme
            : throw FhirOperationException.NotFound(
                $"CodeSystem '{Clip(system)}' is not known to this server; known: {string.Join(", ", vocabulary.Snapshot.Schemes.Select(s => s.Iri))}.", parameter);
    }

    /// <summary>The concept <paramref name="code"/> of <paramref name="scheme"/>: 400 when missing, 404 when unknown.</summary>
    public static Concept RequireConcept(ServedVocabulary vocabulary, ConceptScheme scheme, string? code, string parameter)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            throw FhirOperationException.Required(parameter, "the code to look up.");
        }

        return vocabulary.Snapshot.TryGetConcept(scheme, code, out var concept)
            ? concept
            : throw FhirOperationException.NotFound($"Code '{Clip(code)}' is not in CodeSystem '{scheme.Iri}' (version {vocabulary.Version}).", parameter);
    }

    /// <summary>The scheme named by <paramref name="systemOrKey"/>, or null (null and empty name none).</summary>
    public static ConceptScheme? FindScheme(ServedVocabulary vocabulary, string? systemOrKey) =>
        !string.IsNullOrEmpty(systemOrKey) && vocabulary.Snapshot.TryGetScheme(systemOrKey, out var scheme) ? scheme : null;

    /// <summary>A requested code system version must be the one served (there is only one).</summary>
    public static void CheckVersion(ServedVocabulary vocabulary, ConceptScheme scheme, string? version, string parameter)
    {
        if (!string.IsNullOrEmpty(version) && version != vocabulary.Version)
        {
            throw FhirOperationException.NotFound(
                $"Version '{Clip(version)}' of CodeSystem '{scheme.Iri}' is not served; the current version is '{vocabulary.Version}'.", parameter);
        }
    }

    /// <summary>The scheme whose ValueSet has canonical URL <paramref name="url"/> (or the implicit value set of a code system: its IRI, optionally with <c>?vs</c>).</summary>
    public static ConceptScheme? FindValueSetScheme(ServedVocabulary vocabulary, string url)
    {
        var bar = url.IndexOf('|', StringComparison.Ordinal);
        var canonical = bar >= 0 ? url[..bar] : url;
        foreach (var scheme in vocabulary.Snapshot.Schemes)
        {
            if (canonical == vocabulary.Exporter.ValueSetUrl(scheme.Key) || canonical == scheme.Iri || canonical == scheme.Iri + "?vs")
            {
                return scheme;
            }
        }

        return null;
    }

    /// <summary>The scheme whose ValueSet has id <paramref name="id"/> (the scheme key), or null.</summary>
    public static ConceptScheme? FindValueSetById(ServedVocabulary vocabulary, string id) =>
        vocabulary.Snapshot.Schemes.FirstOrDefault(s => s.Key == id);

    /// <summary>Clips a caller's value for an error message.</summary>
    public static string Clip(string text) => text.Length <= 100 ? text : text[..100] + "…";
}
