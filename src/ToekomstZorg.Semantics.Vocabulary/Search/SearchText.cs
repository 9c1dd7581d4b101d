using ToekomstZorg.Semantics.Vocabulary.Search.Internal;

namespace ToekomstZorg.Semantics.Vocabulary.Search;

/// <summary>
/// The text folding of <see cref="VocabularySnapshot.Search(SearchQuery)"/>, for callers that filter concepts the same
/// way (a FHIR <c>ValueSet/$expand</c> filter, a gRPC Expand filter): lower case, diacritics removed by table
/// (independent of ICU), every run of characters other than letters and digits one word break.
/// </summary>
public static class SearchText
{
    /// <summary>The folded text: "Zorgcoördinatie (ZOCO)" becomes "zorgcoordinatie zoco".</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return LabelNormalizer.Normalize(text);
    }

    /// <summary>The folded words of <paramref name="text"/>.</summary>
    public static string[] Words(string text) => Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// Whether every one of <paramref name="words"/> (folded, see <see cref="Words"/>) starts a word of
    /// <paramref name="foldedText"/> (folded, see <see cref="Fold"/>): the <see cref="SearchMatchKind.AllWords"/> match.
    /// </summary>
    public static bool EveryWordStartsAWord(IReadOnlyList<string> words, string foldedText)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(foldedText);
        foreach (var word in words)
        {
            if (!StartsAWord(word, foldedText))
            {
                return false;
            }
        }

        return true;
    }

    private static bool StartsAWord(string word, string foldedText)
    {
        for (var start = 0; start < foldedText.Length;)
        {
            if (foldedText.AsSpan(start).StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }

            var space = foldedText.IndexOf(' ', start);
            if (space < 0)
            {
                return false;
            }

            start = space + 1;
        }

        return false;
    }
}
