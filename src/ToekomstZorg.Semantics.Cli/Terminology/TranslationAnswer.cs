using ToekomstZorg.Semantics.Vocabulary.Translation;

namespace ToekomstZorg.Semantics.Cli.Terminology;

/// <summary>What <c>tzsem translate</c> shows: the source concept and every target concept, strongest first.</summary>
/// <param name="Source">The source concept (with its IRI).</param>
/// <param name="TargetKey">The target scheme's key.</param>
/// <param name="TargetSystem">The target scheme's IRI.</param>
/// <param name="Matches">The target concepts, strongest first; empty when no mapping leads there.</param>
/// <param name="VocabularyVersion">The version of the vocabulary that answered.</param>
internal sealed record TranslationAnswer(
    ConceptReference Source,
    string TargetKey,
    string TargetSystem,
    IReadOnlyList<TranslationAnswerMatch> Matches,
    string VocabularyVersion)
{
    /// <summary>The equivalence of the strongest match, unmatched when there is none.</summary>
    public Equivalence Equivalence => Matches.Count > 0 ? Matches[0].Equivalence : Equivalence.Unmatched;
}
