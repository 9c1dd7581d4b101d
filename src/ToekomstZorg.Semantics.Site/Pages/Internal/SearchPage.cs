using ToekomstZorg.Semantics.Site.Html.Internal;
using ToekomstZorg.Semantics.Vocabulary.Search;

namespace ToekomstZorg.Semantics.Site.Pages.Internal;

/// <summary>
/// Search results from the snapshot's search (case, diacritics and abbreviations as the search API does them). The
/// form is a plain GET form; <c>site.js</c> only refreshes the results as you type.
/// </summary>
internal static class SearchPage
{
    public const int Limit = 50;

    public static string Render(PageContext context, string? text, string? schemeKey)
    {
        var title = text is null ? "Zoeken" : $"Zoeken: {text}";
        return PageLayout.Render(context, title, html =>
        {
            Form(html, text, "zoek", context, schemeKey);
            html.Open("div", ("id", "resultaten"), ("aria-live", "polite"));
            Results(html, context, text, schemeKey);
            html.Close("div");
        });
    }

    public static void Form(HtmlWriter html, string? text, string id, PageContext? context = null, string? schemeKey = null)
    {
        html.Open("form", ("role", "search"), ("action", SitePaths.Search), ("method", "get"), ("class", "search"));
        html.Element("label", "Zoek een begrip (term, afkorting of code)", ("for", id));
        html.Void("input", ("type", "search"), ("id", id), ("name", "q"), ("value", text ?? string.Empty), ("autocomplete", "off"),
            ("data-live", "resultaten"));
        if (context is not null)
        {
            html.Element("label", "in schema", ("for", id + "-schema"));
            html.Open("select", ("id", id + "-schema"), ("name", "schema"));
            html.Element("option", "alle schema's", ("value", string.Empty));
            foreach (var scheme in context.Snapshot.Schemes)
            {
                html.Element("option", scheme.Title("nl"), ("value", scheme.Key), ("selected", scheme.Key == schemeKey ? string.Empty : null));
            }

            html.Close("select");
        }

        html.Element("button", "Zoeken", ("type", "submit"));
        html.Close("form");
    }

    private static void Results(HtmlWriter html, PageContext context, string? text, string? schemeKey)
    {
        if (text is null)
        {
            html.Element("p", "Typ een woord, een afkorting (bv. Zoco, MDO) of een code; hoofdletters en accenten maken niet uit.");
            return;
        }

        var hits = context.Snapshot.Search(new SearchQuery(text, schemeKey is null ? null : [schemeKey], null, Limit));
        html.Element("h2", hits.Count == 0 ? "Geen begrippen gevonden" : $"{hits.Count} begrippen gevonden");
        if (hits.Count == 0)
        {
            return;
        }

        html.Open("ol", ("class", "hits"));
        foreach (var hit in hits)
        {
            html.Open("li");
            PageLayout.ConceptName(html, hit.Concept);
            html.Text(" ");
            PageLayout.Code(html, hit.Concept);
            html.Text(" · ").Text(hit.Concept.Scheme.Title("nl"));
            if (!string.Equals(hit.MatchedText, hit.Concept.Display("nl"), StringComparison.Ordinal))
            {
                html.Text(" · gevonden via ").Element("q", hit.MatchedText, ("lang", hit.MatchedLabel?.Language is { Length: > 0 } l ? l : null));
            }

            html.Close("li");
        }

        html.Close("ol");
    }
}
