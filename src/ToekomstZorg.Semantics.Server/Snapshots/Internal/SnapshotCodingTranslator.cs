using System.Diagnostics.CodeAnalysis;
using ToekomstZorg.Semantics.Fhir.Translation;
using ToekomstZorg.Semantics.Vocabulary;
using ToekomstZorg.Semantics.Vocabulary.Translation;

namespace ToekomstZorg.Semantics.Server.Snapshots.Internal;

/// <summary>The FHIR translation's view (<see cref="ICodingTranslator"/>) of a <see cref="VocabularySnapshot"/>'s translation.</summary>
internal sealed class SnapshotCodingTranslator(VocabularySnapshot snapshot) : ICodingTranslator
{
    public string VocabularyVersion => snapshot.Version;

    public bool TryResolveSystem(string systemOrKey, [NotNullWhen(true)] out string? canonicalSystem)
    {
        canonicalSystem = snapshot.TryGetScheme(systemOrKey, out var scheme) ? scheme.Iri : null;
        return canonicalSystem is not null;
    }

    public CodingTranslation Translate(string system, string code, string targetSystem)
    {
        var result = snapshot.Translate(system, code, targetSystem);
        var display = result.Source?.Display();
        return result.Status switch
        {
            TranslationStatus.Matched => new CodingTranslation(
                CodingTranslationStatus.Matched,
                result.Matches.Select(m => new CodingMatch(
                    m.Target.Scheme.Iri, m.Target.Code, m.Target.Display(), m.Equivalence, m.PathSteps, m.Rationales, m.Warnings, m.IsFalseFriend)).ToArray(),
                display),
            TranslationStatus.Unmatched => CodingTranslation.Unmatched(display),
            _ => CodingTranslation.UnknownCode,
        };
    }
}
