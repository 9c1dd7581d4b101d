using ToekomstZorg.Semantics.Site.Html.Internal;

namespace ToekomstZorg.Semantics.Site.Pages.Internal;

/// <summary>
/// The frame of every page: skip link, banner with the site name and navigation, one <c>main</c> with the page's
/// single <c>h1</c>, and a footer with the vocabulary version. Dutch (<c>lang="nl"</c>); English text is marked
/// <c>lang="en"</c> where it appears.
/// </summary>
internal static class PageLayout
{
    public static string Render(PageContext context, string title, Action<HtmlWriter> body, string? alternatePath = null)
    {
        var html = new HtmlWriter();
        html.Trusted("<!DOCTYPE html>");
        html.Open("html", ("lang", "nl"));
        html.Open("head");
        html.Void("meta", ("charset", "utf-8"));
        html.Void("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"));
        html.Element("title", title + " · ToekomstZorg-vocabularium");
        html.Void("link", ("rel", "stylesheet"), ("href", SitePaths.Style));
        html.Void("link", ("rel", "icon"), ("href", "data:,"));
        if (alternatePath is not null)
        {
            html.Void("link", ("rel", "alternate"), ("type", "text/turtle"), ("href", alternatePath + ".ttl"));
            html.Void("link", ("rel", "alternate"), ("type", "application/ld+json"), ("href", alternatePath + ".jsonld"));
            html.Void("link", ("rel", "alternate"), ("type", "application/n-triples"), ("href", alternatePath + ".nt"));
        }

        if (!context.Options.Static)
        {
            html.Open("script", ("src", SitePaths.Script), ("defer", "")).Close("script");
        }

        html.Close("head");
        html.Open("body");
        html.Element("a", "Naar de inhoud", ("class", "skip"), ("href", "#inhoud"));
        html.Open("header", ("class", "banner"));
        html.Element("a", "ToekomstZorg-vocabularium", ("class", "brand"), ("href", SitePaths.Home));
        html.Open("nav", ("aria-label", "Hoofdmenu")).Open("ul");
        Item(html, SitePaths.Home, "Schema's");
        Item(html, SitePaths.Crosswalks, "Kruistabellen");
        Item(html, SitePaths.FalseFriends, "Valse vrienden");
        if (!context.Options.Static)
        {
            Item(html, SitePaths.Search, "Zoeken");
            Item(html, SitePaths.Translate, "Vertalen");
            Item(html, SitePaths.Releases, "Wijzigingen");
        }

        html.Close("ul").Close("nav");
        html.Close("header");
        html.Open("main", ("id", "inhoud"), ("tabindex", "-1"));
        html.Element("h1", title);
        body(html);
        html.Close("main");
        html.Open("footer", ("class", "footer"));
        html.Open("p").Text("Vocabulariumversie ").Element("code", context.Snapshot.Version).Text(" · ")
            .Text($"{context.Snapshot.ConceptCount} begrippen in {context.Snapshot.Schemes.Count} schema's · ")
            .Link(SitePaths.VocabularyStem + ".ttl", "alles als Turtle").Text(" · ")
            .Link(SitePaths.VocabularyStem + ".jsonld", "als JSON-LD").Close("p");
        html.Close("footer");
        html.Close("body").Close("html");
        return html.ToString();
    }

    /// <summary>The label of a concept in Dutch, with the English one after it when there is one.</summary>
    public static void ConceptName(HtmlWriter html, Vocabulary.Model.Concept concept, bool link = true)
    {
        var dutch = concept.Display("nl");
        if (link)
        {
            html.Link(SitePaths.Concept(concept), dutch);
        }
        else
        {
            html.Text(dutch);
        }

        if (concept.PrefLabels.TryGetValue("en", out var english) && !string.Equals(english, dutch, StringComparison.Ordinal))
        {
            html.Text(" ").Element("span", $"({english})", ("lang", "en"), ("class", "en"));
        }
    }

    /// <summary>A compact <c>scheme:code</c> tag.</summary>
    public static void Code(HtmlWriter html, Vocabulary.Model.Concept concept) =>
        html.Element("code", $"{concept.Scheme.Key}:{concept.Code}", ("class", "code"));

    private static void Item(HtmlWriter html, string href, string text) =>
        html.Open("li").Link(href, text).Close("li");
}
