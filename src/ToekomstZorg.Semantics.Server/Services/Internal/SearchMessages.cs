using ToekomstZorg.Semantics.Contracts.V1;
using ToekomstZorg.Semantics.Server.Snapshots;
using ToekomstZorg.Semantics.Vocabulary.Search;
using ModelLabelKind = ToekomstZorg.Semantics.Vocabulary.Model.LabelKind;

namespace ToekomstZorg.Semantics.Server.Services.Internal;

/// <summary>
/// Search: the request checked field by field, then answered by the snapshot's search index
/// (<see cref="ToekomstZorg.Semantics.Vocabulary.VocabularySnapshot.Search(SearchQuery)"/>), one match per concept, best
/// first. The score is derived from how the concept matched, so it orders exactly as the ranking does:
/// <c>score = kind weight × label weight</c>, kind weight 1.0 whole label, 0.85 code, 0.8 label prefix, 0.7 word prefix,
/// 0.6 every word, 0.5 inside the label; label weight 1.0 preferred (and the code), 0.95 alternative, 0.9 hidden. Every
/// label of a stronger kind scores above every label of a weaker one.
/// </summary>
internal static class SearchMessages
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 1000;
    public const int MaxTextLength = 1000;

    public static SearchResponse Search(ServedVocabulary vocabulary, SearchRequest request)
    {
        if (SearchText.Fold(request.Text).Length == 0)
        {
            throw TerminologyRequestException.Missing("text", "the words to search for (letters or digits).");
        }

        if (request.Text.Length > MaxTextLength)
        {
            throw TerminologyRequestException.Invalid("text", $"at most {MaxTextLength} characters, not {request.Text.Length}.");
        }

        if (request.Limit is < 0 or > MaxLimit)
        {
            throw TerminologyRequestException.Invalid("limit", $"must be between 0 (default {DefaultLimit}) and {MaxLimit}, not {request.Limit}.");
        }

        var schemes = request.Systems.Select(s => RequestArguments.Scheme(vocabulary, s, "systems").Key).Distinct(StringComparer.Ordinal).ToArray();
        var language = request.Language.Length > 0 ? request.Language : null;
        var hits = vocabulary.Snapshot.Search(new SearchQuery(request.Text, schemes, language, request.Limit == 0 ? DefaultLimit : request.Limit));

        var response = new SearchResponse { VocabularyVersion = vocabulary.Version };
        foreach (var hit in hits)
        {
            response.Matches.Add(new SearchMatch
            {
                System = hit.Concept.Scheme.Iri,
                Code = hit.Concept.Code,
                Display = hit.Concept.Display(language),
                MatchedLabel = hit.MatchedText,
                MatchedLabelKind = hit.MatchedLabel is { } label ? Kind(label.Kind) : LabelKind.Unspecified,
                MatchedLanguage = hit.MatchedLabel?.Language ?? string.Empty,
                Score = Score(hit),
                MatchKind = Kind(hit.MatchKind),
            });
        }

        return response;
    }

    /// <summary>The score of a hit: the weight of its match kind times the weight of the label kind (see the class).</summary>
    public static double Score(SearchHit hit)
    {
        var kind = hit.MatchKind switch
        {
            SearchMatchKind.ExactLabel => 1.0,
            SearchMatchKind.Code => 0.85,
            SearchMatchKind.LabelPrefix => 0.8,
            SearchMatchKind.WordPrefix => 0.7,
            SearchMatchKind.AllWords => 0.6,
            _ => 0.5,
        };
        var label = hit.MatchedLabel?.Kind switch
        {
            ModelLabelKind.Alternative => 0.95,
            ModelLabelKind.Hidden => 0.9,
            _ => 1.0,
        };
        return Math.Round(kind * label, 4);
    }

    private static MatchKind Kind(SearchMatchKind kind) => kind switch
    {
        SearchMatchKind.ExactLabel => MatchKind.ExactLabel,
        SearchMatchKind.Code => MatchKind.Code,
        SearchMatchKind.LabelPrefix => MatchKind.LabelPrefix,
        SearchMatchKind.WordPrefix => MatchKind.WordPrefix,
        SearchMatchKind.AllWords => MatchKind.AllWords,
        _ => MatchKind.InsideLabel,
    };

    private static LabelKind Kind(ModelLabelKind kind) => kind switch
    {
        ModelLabelKind.Preferred => LabelKind.Preferred,
        ModelLabelKind.Alternative => LabelKind.Alternative,
        _ => LabelKind.Hidden,
    };
}
