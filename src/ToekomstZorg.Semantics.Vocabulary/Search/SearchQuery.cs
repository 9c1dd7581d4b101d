namespace ToekomstZorg.Semantics.Vocabulary.Search;

/// <summary>A label search.</summary>
/// <param name="Text">What the user typed: a word, an abbreviation, the start of a label.</param>
/// <param name="Schemes">Scheme keys or IRIs to search in; empty = all.</param>
/// <param name="Language">Only labels in this language (e.g. <c>nl</c>); null = any.</param>
/// <param name="Limit">At most this many hits.</param>
public sealed record SearchQuery(string Text, IReadOnlyList<string>? Schemes = null, string? Language = null, int Limit = 20);
