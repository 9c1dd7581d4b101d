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
}
