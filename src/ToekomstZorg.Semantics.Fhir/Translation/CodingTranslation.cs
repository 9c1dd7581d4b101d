namespace ToekomstZorg.Semantics.Fhir.Translation;

/// <summary>What the vocabulary says about one source code in one target scheme.</summary>
/// <param name="Status">Whether the code exists and has matches.</param>
/// <param name="Matches">The target concepts, best first; empty unless <paramref name="Status"/> is <see cref="CodingTranslationStatus.Matched"/>.</param>
/// <param name="SourceDisplay">The vocabulary's label of the source concept, when the code exists.</param>
public sealed record CodingTranslation(CodingTranslationStatus Status, IReadOnlyList<CodingMatch> Matches, string? SourceDisplay = null)
{
    /// <summary>The code is not a concept of the source scheme.</summary>
    public static CodingTranslation UnknownCode { get; } = new(CodingTranslationStatus.UnknownCode, []);

    /// <summary>The code exists but has no path to the target scheme.</summary>
    public static CodingTranslation Unmatched(string? sourceDisplay = null) => new(CodingTranslationStatus.Unmatched, [], sourceDisplay);
}
