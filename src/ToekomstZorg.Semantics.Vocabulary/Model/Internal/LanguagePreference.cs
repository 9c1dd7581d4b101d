namespace ToekomstZorg.Semantics.Vocabulary.Model.Internal;

/// <summary>
/// The one rule for picking a text by language (a concept's display and definition, a scheme's title): the first of the
/// requested languages that has one, else Dutch (the vocabulary's own language), else English, else the text of the
/// language tag that sorts first (ordinal, so the answer does not depend on file order), else none.
/// </summary>
internal static class LanguagePreference
{
    public static string? Pick(IReadOnlyDictionary<string, string> byLanguage, IReadOnlyList<string>? languages)
    {
        if (languages is not null)
        {
            foreach (var language in languages)
            {
                if (!string.IsNullOrEmpty(language) && byLanguage.TryGetValue(language, out var requested))
                {
                    return requested;
                }
            }
        }

        if (byLanguage.TryGetValue("nl", out var nl))
        {
            return nl;
        }

        if (byLanguage.TryGetValue("en", out var en))
        {
            return en;
        }

        string? firstKey = null;
        foreach (var key in byLanguage.Keys)
        {
            if (firstKey is null || string.CompareOrdinal(key, firstKey) < 0)
            {
                firstKey = key;
            }
        }

        return firstKey is null ? null : byLanguage[firstKey];
    }
}
