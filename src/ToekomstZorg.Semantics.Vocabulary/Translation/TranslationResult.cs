using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Vocabulary.Translation;

/// <summary>The answer to "what is (system, code) in the target scheme?".</summary>
public sealed record TranslationResult(TranslationStatus Status, Concept? Source, IReadOnlyList<TranslationMatch> Matches)
{
    /// <summary>The strongest match first; empty unless <see cref="Status"/> is Matched.</summary>
    public TranslationMatch? Best => Matches.Count > 0 ? Matches[0] : null;
}
