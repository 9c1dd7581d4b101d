using ToekomstZorg.Semantics.Vocabulary.Model;
using ToekomstZorg.Semantics.Vocabulary.Terminology;

namespace ToekomstZorg.Semantics.Vocabulary;

public sealed partial class VocabularySnapshot
{
    /// <summary>
    /// Validates <paramref name="code"/> of <paramref name="scheme"/> and, when given, <paramref name="display"/>.
    /// <para>
    /// The display rule: a display is valid when it equals a preferred or an alternative label of the concept, in any
    /// language, ignoring case (ordinal case-insensitive comparison; no trimming, no diacritic folding). Hidden labels
    /// are never valid displays: SKOS keeps them for misspellings and search variants that must not be shown. An empty
    /// or null display is not checked.
    /// </para>
    /// <para>
    /// A deprecated concept is valid; the answer's message says it should no longer be used and names its
    /// <c>dct:isReplacedBy</c> replacements. The returned display is <see cref="Concept.Display(IReadOnlyList{string})"/>
    /// for <paramref name="languages"/>.
    /// </para>
    /// </summary>
    public CodeValidation ValidateCode(ConceptScheme scheme, string code, string? display = null, IReadOnlyList<string>? languages = null)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(code);
        if (!TryGetConcept(scheme, code, out var concept))
        {
            return new CodeValidation(
                CodeValidationStatus.UnknownCode, scheme, code, null, null,
                $"Code '{Clip(code)}' is not in code system {scheme.Iri} (version {Version}).");
        }

        var preferred = concept.Display(languages);
        if (!string.IsNullOrEmpty(display) && !IsValidDisplay(concept, display))
        {
            return new CodeValidation(
                CodeValidationStatus.InvalidDisplay, scheme, code, concept, preferred,
                $"'{Clip(display)}' is not a display of {scheme.Iri}|{concept.Code}; the preferred display is '{preferred}'.");
        }

        return new CodeValidation(CodeValidationStatus.Valid, scheme, code, concept, preferred, concept.Deprecated ? DeprecationNotice(concept) : null);
    }

    /// <summary>Whether <paramref name="display"/> is a valid display of <paramref name="concept"/> (the rule of <see cref="ValidateCode"/>).</summary>
    public static bool IsValidDisplay(Concept concept, string display)
    {
        ArgumentNullException.ThrowIfNull(concept);
        ArgumentNullException.ThrowIfNull(display);
        foreach (var label in concept.Labels)
        {
            if (label.Kind != LabelKind.Hidden && string.Equals(label.Text, display, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// What a validation says of a deprecated concept: still valid, not to be used, and its <c>dct:isReplacedBy</c>
    /// replacements (as <c>system|code</c>, or the IRI for one outside the vocabulary) if it has any.
    /// </summary>
    public string DeprecationNotice(Concept concept)
    {
        ArgumentNullException.ThrowIfNull(concept);
        var replacements = concept.ReplacedBy.Count == 0 ? string.Empty
            : $" Use {string.Join(" or ", concept.ReplacedBy.Select(iri => FindByIri(iri) is { } r ? $"{r.Scheme.Iri}|{r.Code}" : iri))} (dct:isReplacedBy).";
        return $"{concept.Scheme.Iri}|{concept.Code} is deprecated (owl:deprecated); it is valid but should no longer be used.{replacements}";
    }

    private static string Clip(string text) => text.Length <= 100 ? text : text[..100] + "…";
}
