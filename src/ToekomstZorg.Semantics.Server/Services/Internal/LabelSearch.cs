using ToekomstZorg.Semantics.Contracts.V1;
using ToekomstZorg.Semantics.Fhir.Export;
using ToekomstZorg.Semantics.Server.Internal;
using ToekomstZorg.Semantics.Server.Snapshots;

namespace ToekomstZorg.Semantics.Server.Services.Internal;

/// <summary>
/// Search: ranked label matching, case- and diacritic-insensitive. Per label the best of: the whole label (1.0), the
/// label starting with the text (0.8), every word of the text starting a word of the label (0.6, which is how
/// abbreviations such as "Zoco" or "MDO" are found through their altLabels), the text inside the label (0.4); the code
/// itself counts as a label (0.95 when equal). Preferred labels weigh 1, alternative 0.9, hidden 0.8. One match per
/// concept, best first; ties by scheme and code.
/// </summary>
internal static class LabelSearch
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 1000;

    public static SearchResponse Search(ServedVocabulary vocabulary, SearchRequest request)
    {
        var text = TextFolding.Fold(request.Text).Trim();
        if (text.Length == 0)
        {
            throw TerminologyRequestException.Missing("text", "the words to search for.");
        }

        if (request.Limit is < 0 or > MaxLimit)
        {
            throw TerminologyRequestException.Invalid("limit", $"must be between 0 (default {DefaultLimit}) and {MaxLimit}, not {request.Limit}.");
        }

        var schemes = request.Systems.Count == 0
            ? vocabulary.Model.Schemes
            : request.Systems.Select(s => RequestArguments.Scheme(vocabulary, s, "systems")).Distinct().ToList();
        var words = TextFolding.Words(text);
        var language = request.Language;
        var hits = new List<(double Score, ExportScheme Scheme, ExportConcept Concept, string Label, LabelKind Kind, string Language)>();
        foreach (var scheme in schemes)
        {
            foreach (var concept in scheme.Concepts)
            {
                (double Score, string Label, LabelKind Kind, string Language) best = (0, string.Empty, LabelKind.Unspecified, string.Empty);
                foreach (var (labelLanguage, label, kind) in Labels(vocabulary, concept))
                {
                    if (language.Length > 0 && labelLanguage != language)
                    {
                        continue;
                    }

                    var score = Score(text, words, label) * Weight(kind);
                    if (score > best.Score)
                    {
                        best = (score, label, kind, labelLanguage);
                    }
                }

                if (string.Equals(concept.Code, text, StringComparison.Ordinal) && best.Score < 0.95)
                {
                    best = (0.95, concept.Code, LabelKind.Unspecified, string.Empty);
                }

                if (best.Score > 0)
                {
                    hits.Add((best.Score, scheme, concept, best.Label, best.Kind, best.Language));
                }
            }
        }

        var response = new SearchResponse { VocabularyVersion = vocabulary.Version };
        foreach (var hit in hits
            .OrderByDescending(h => h.Score).ThenBy(h => h.Scheme.Key, StringComparer.Ordinal).ThenBy(h => h.Concept.Code, StringComparer.Ordinal)
            .Take(request.Limit == 0 ? DefaultLimit : request.Limit))
        {
            response.Matches.Add(new SearchMatch
            {
                System = hit.Scheme.Iri,
                Code = hit.Concept.Code,
                Display = ServedVocabulary.Display(hit.Concept, language.Length > 0 ? [language] : null),
                MatchedLabel = hit.Label,
                MatchedLabelKind = hit.Kind,
                MatchedLanguage = hit.Language,
                Score = Math.Round(hit.Score, 4),
            });
        }

        return response;
    }

    private static IEnumerable<(string Language, string Label, LabelKind Kind)> Labels(ServedVocabulary vocabulary, ExportConcept concept)
    {
        foreach (var (language, label) in concept.PrefLabels)
        {
            yield return (language, label, LabelKind.Preferred);
        }

        foreach (var (language, label) in concept.AltLabels)
        {
            yield return (language, label, LabelKind.Alternative);
        }

        foreach (var (language, label) in vocabulary.Details(concept).HiddenLabels)
        {
            yield return (language, label, LabelKind.Hidden);
        }
    }

    private static double Score(string text, string[] words, string label)
    {
        var folded = TextFolding.Fold(label).Trim();
        if (folded == text)
        {
            return 1.0;
        }

        if (folded.StartsWith(text, StringComparison.Ordinal))
        {
            return 0.8;
        }

        var labelWords = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.All(w => labelWords.Any(l => l.StartsWith(w, StringComparison.Ordinal))))
        {
            return 0.6;
        }

        return folded.Contains(text, StringComparison.Ordinal) ? 0.4 : 0;
    }

    private static double Weight(LabelKind kind) => kind switch
    {
        LabelKind.Preferred => 1.0,
        LabelKind.Alternative => 0.9,
        _ => 0.8,
    };
}
