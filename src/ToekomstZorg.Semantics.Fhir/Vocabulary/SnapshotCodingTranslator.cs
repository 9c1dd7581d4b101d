using System.Diagnostics.CodeAnalysis;
using ToekomstZorg.Semantics.Fhir.Translation;
using ToekomstZorg.Semantics.Vocabulary;
using ToekomstZorg.Semantics.Vocabulary.Translation;

namespace ToekomstZorg.Semantics.Fhir.Vocabulary;

/// <summary>
/// The FHIR translation's view (<see cref="ICodingTranslator"/>) of a <see cref="VocabularySnapshot"/>. The codings of
/// one CodeableConcept should mean the same thing, so when an equivalent target exists the weaker targets are left out;
/// otherwise every target is offered, strongest first, each with its equivalence and rationale.
/// </summary>
public sealed class SnapshotCodingTranslator(VocabularySnapshot snapshot) : ICodingTranslator
{
    /// <summary>The snapshot translated against.</summary>
    public VocabularySnapshot Snapshot { get; } = snapshot ?? throw new ArgumentNullException(nameof(snapshot));

    /// <inheritdoc />
    public string VocabularyVersion => Snapshot.Version;

    /// <inheritdoc />
    public bool TryResolveSystem(string systemOrKey, [NotNullWhen(true)] out string? canonicalSystem)
    {
        canonicalSystem = Snapshot.TryGetScheme(systemOrKey, out var scheme) ? scheme.Iri : null;
        return canonicalSystem is not null;
    }

    /// <inheritdoc />
    public CodingTranslation Translate(string system, string code, string targetSystem)
    {
        var result = Snapshot.Translate(system, code, targetSystem);
        var display = result.Source?.Display();
        if (result.Status == TranslationStatus.Unmatched)
        {
            return CodingTranslation.Unmatched(display);
        }

        if (result.Status != TranslationStatus.Matched)
        {
            return CodingTranslation.UnknownCode;
        }

        var hasEquivalent = result.Matches.Any(m => !m.IsLossy);
        var matches = result.Matches
            .Where(m => !hasEquivalent || !m.IsLossy)
            .Select(m => new CodingMatch(m.Target.Scheme.Iri, m.Target.Code, m.Target.Display(), m.Equivalence, m.PathSteps, m.Rationales, m.Warnings, m.IsFalseFriend))
            .ToArray();
        return new CodingTranslation(CodingTranslationStatus.Matched, matches, display);
    }
}
