using ToekomstZorg.Semantics.Vocabulary.Model;
using ToekomstZorg.Semantics.Vocabulary.Terminology;
using ToekomstZorg.Semantics.Vocabulary.Terminology.Internal;

namespace ToekomstZorg.Semantics.Vocabulary;

public sealed partial class VocabularySnapshot
{
    /// <summary>
    /// The concepts of <paramref name="scheme"/> (its value set: all its concepts) in code order, filtered: every word of
    /// <paramref name="filter"/> must start a word of a preferred or alternative label (any language) or of the code,
    /// ignoring case and diacritics as Search does; with <paramref name="activeOnly"/> deprecated concepts are left out.
    /// </summary>
    public Expansion Expand(ConceptScheme scheme, string? filter = null, bool activeOnly = false)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        var labelFilter = new LabelFilter(filter ?? string.Empty);
        var members = new List<Concept>();
        foreach (var concept in scheme.Concepts)
        {
            if ((!activeOnly || !concept.Deprecated) && labelFilter.Matches(concept))
            {
                members.Add(concept);
            }
        }

        return new Expansion(scheme, filter ?? string.Empty, activeOnly, members);
    }

    /// <summary>
    /// The scheme whose value set (all its concepts, as <see cref="Expand"/> lists them) <paramref name="url"/> names,
    /// or null. Three spellings name it: <c>{valueSetBase}{key}</c> (the canonical URL the FHIR export gives the value
    /// set, e.g. <c>https://w3id.org/toekomstzorg/fhir/ValueSet/ggz</c> for base <c>…/fhir/ValueSet/</c>), the scheme
    /// IRI (a code system's implicit value set of all its codes) and the IRI followed by <c>?vs</c>. Each is compared
    /// exactly (ordinal, no trailing-slash tolerance); a <c>|version</c> suffix is ignored (the caller checks a version).
    /// </summary>
    /// <param name="url">The value set's canonical URL, optionally with <c>|version</c>.</param>
    /// <param name="valueSetBase">The prefix that the scheme key completes into the canonical URL of its value set.</param>
    public ConceptScheme? FindValueSetScheme(string url, string valueSetBase)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentException.ThrowIfNullOrEmpty(valueSetBase);
        var bar = url.IndexOf('|', StringComparison.Ordinal);
        var canonical = bar >= 0 ? url[..bar] : url;
        if (canonical.StartsWith(valueSetBase, StringComparison.Ordinal))
        {
            var key = canonical[valueSetBase.Length..];
            if (_schemes.TryGetValue(key, out var byKey) && string.Equals(byKey.Key, key, StringComparison.Ordinal))
            {
                return byKey;
            }
        }

        var iri = canonical.EndsWith("?vs", StringComparison.Ordinal) ? canonical[..^3] : canonical;
        return _schemes.TryGetValue(iri, out var byIri) && string.Equals(byIri.Iri, iri, StringComparison.Ordinal) ? byIri : null;
    }
}
