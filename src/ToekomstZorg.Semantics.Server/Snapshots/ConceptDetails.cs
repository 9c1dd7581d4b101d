namespace ToekomstZorg.Semantics.Server.Snapshots;

/// <summary>What the terminology service shows of a concept beyond the export model: search-only labels, notes, sources, replacement.</summary>
/// <param name="HiddenLabels"><c>skos:hiddenLabel</c>s as (language, text).</param>
/// <param name="ScopeNotes"><c>skos:scopeNote</c>s as (language, text).</param>
/// <param name="EditorialNotes"><c>skos:editorialNote</c>s as (language, text).</param>
/// <param name="Sources"><c>dct:source</c> values (IRIs or seed file names).</param>
/// <param name="ReplacedBy">IRIs of the <c>dct:isReplacedBy</c> concepts.</param>
public sealed record ConceptDetails(
    IReadOnlyList<(string Language, string Text)> HiddenLabels,
    IReadOnlyList<(string Language, string Text)> ScopeNotes,
    IReadOnlyList<(string Language, string Text)> EditorialNotes,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> ReplacedBy)
{
    /// <summary>No details.</summary>
    public static ConceptDetails None { get; } = new([], [], [], [], []);
}
