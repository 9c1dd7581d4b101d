using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Fhir.Rest.Internal;

/// <summary>Resolves the system, code, version and value set arguments of the terminology operations, with the errors FHIR clients expect.</summary>
internal static class VocabularyArguments
{
    /// <summary>The scheme named by <paramref name="system"/> (IRI or key): 400 when missing, 404 when not a scheme.</summary>
    public static ConceptScheme RequireScheme(FhirRestFacade facade, string? system, string parameter)
    {
        if (string.IsNullOrWhiteSpace(system))
        {
            throw FhirRestOutcome.Required(parameter, "the code system (a scheme IRI such as https://w3id.org/toekomstzorg/ggz, or its key).");
        }

        return facade.Snapshot.TryGetScheme(system, out var scheme)
            ? scheme
            : throw FhirRestOutcome.NotFound(
                $"CodeSystem '{FhirRestOutcome.Clip(system)}' is not known to this server; known: {string.Join(", ", facade.Snapshot.Schemes.Select(s => s.Iri))}.", parameter);
    }

    /// <summary>The concept <paramref name="code"/> of <paramref name="scheme"/>: 400 when missing, 404 when unknown.</summary>
    public static Concept RequireConcept(FhirRestFacade facade, ConceptScheme scheme, string? code, string parameter)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            throw FhirRestOutcome.Required(parameter, "the code to look up.");
        }

        return facade.Snapshot.TryGetConcept(scheme, code, out var concept)
            ? concept
            : throw FhirRestOutcome.NotFound($"Code '{FhirRestOutcome.Clip(code)}' is not in CodeSystem '{scheme.Iri}' (version {facade.Version}).", parameter);
    }

    /// <summary>The scheme named by <paramref name="systemOrKey"/>, or null (null and empty name none).</summary>
    public static ConceptScheme? FindScheme(FhirRestFacade facade, string? systemOrKey) =>
        !string.IsNullOrEmpty(systemOrKey) && facade.Snapshot.TryGetScheme(systemOrKey, out var scheme) ? scheme : null;

    /// <summary>A requested code system version must be the one served (there is only one).</summary>
    public static void CheckVersion(FhirRestFacade facade, ConceptScheme scheme, string? version, string parameter)
    {
        if (!string.IsNullOrEmpty(version) && version != facade.Version)
        {
            throw FhirRestOutcome.NotFound(
                $"Version '{FhirRestOutcome.Clip(version)}' of CodeSystem '{scheme.Iri}' is not served; the current version is '{facade.Version}'.", parameter);
        }
    }

    /// <summary>The scheme whose ValueSet has canonical URL <paramref name="url"/> (or the implicit value set of a code system: its IRI, optionally with <c>?vs</c>).</summary>
    public static ConceptScheme? FindValueSetScheme(FhirRestFacade facade, string url)
    {
        var bar = url.IndexOf('|', StringComparison.Ordinal);
        var canonical = bar >= 0 ? url[..bar] : url;
        foreach (var scheme in facade.Snapshot.Schemes)
        {
            if (canonical == facade.Exporter.ValueSetUrl(scheme.Key) || canonical == scheme.Iri || canonical == scheme.Iri + "?vs")
            {
                return scheme;
            }
        }

        return null;
    }

    /// <summary>The scheme whose ValueSet has id <paramref name="id"/> (the scheme key), or null.</summary>
    public static ConceptScheme? FindValueSetById(FhirRestFacade facade, string id) =>
        facade.Snapshot.Schemes.FirstOrDefault(s => s.Key == id);
}
