using ToekomstZorg.Semantics.Site.Html.Internal;
using ToekomstZorg.Semantics.Vocabulary.Translation;

namespace ToekomstZorg.Semantics.Site.Pages.Internal;

/// <summary>
/// Translate a code into a target scheme with the snapshot's <c>Translate</c>: targets, equivalence, the path of
/// mappings, the curators' rationales and false-friend warnings.
/// </summary>
internal static class TranslatePage
{
    public static string Render(PageContext context, string? from, string? code, string? to) => PageLayout.Render(context, "Vertalen tussen sectoren", html =>
    {
        var snapshot = context.Snapshot;
        html.Open("form", ("action", SitePaths.Translate), ("method", "get"), ("class", "translate"));
        SchemeSelect(html, context, "van", "Van schema", from ?? snapshot.Schemes.FirstOrDefault(s => s.Key != snapshot.CoreSchemeKey)?.Key);
        html.Element("label", "Code", ("for", "code"));
        html.Void("input", ("type", "text"), ("id", "code"), ("name", "code"), ("value", code ?? string.Empty), ("required", string.Empty),
            ("autocomplete", "off"), ("spellcheck", "false"));
        SchemeSelect(html, context, "naar", "Naar schema", to ?? snapshot.CoreSchemeKey);
        html.Element("button", "Vertalen", ("type", "submit"));
        html.Close("form");

        if (from is null || code is null || to is null)
        {
            html.Element("p", "Kies het schema van de code, typ de code (bv. dubbeldiagnose) en kies het doelschema.");
            return;
        }

        var result = snapshot.Translate(from, code, to);
        html.Open("section", ("aria-labelledby", "uitkomst"));
        html.Element("h2", "Uitkomst", ("id", "uitkomst"));
        switch (result.Status)
        {
            case TranslationStatus.UnknownSystem:
                html.Element("p", $"Onbekend bronschema '{from}'.", ("class", "error"));
                break;
            case TranslationStatus.UnknownTargetSystem:
                html.Element("p", $"Onbekend doelschema '{to}'.", ("class", "error"));
                break;
            case TranslationStatus.UnknownCode:
                html.Element("p", $"Schema '{from}' heeft geen code '{code}'.", ("class", "error"));
                break;
            case TranslationStatus.Unmatched:
                html.Open("p").Text("Geen afbeelding van ");
                PageLayout.ConceptName(html, result.Source!);
                html.Text($" naar {to}.").Close("p");
                break;
            default:
                Matches(html, result);
                break;
        }

        html.Close("section");
    });

    private static void Matches(HtmlWriter html, TranslationResult result)
    {
        html.Open("p").Text("Bron: ");
        PageLayout.ConceptName(html, result.Source!);
        html.Text(" ");
        PageLayout.Code(html, result.Source!);
        html.Close("p");
        html.Open("table", ("class", "data")).Element("caption", $"{result.Matches.Count} doelbegrip(pen), sterkste eerst");
        html.Open("thead").Open("tr").Element("th", "Doelbegrip", ("scope", "col")).Element("th", "Equivalentie", ("scope", "col"))
            .Element("th", "Pad", ("scope", "col")).Element("th", "Motivering", ("scope", "col")).Element("th", "Waarschuwing", ("scope", "col"))
            .Close("tr").Close("thead").Open("tbody");
        foreach (var match in result.Matches)
        {
            html.Open("tr", ("class", match.IsFalseFriend ? "warn" : null)).Open("td");
            PageLayout.ConceptName(html, match.Target);
            html.Text(" ");
            PageLayout.Code(html, match.Target);
            html.Close("td").Open("td").Text(DutchNames.Of(match.Equivalence)).Text(" ").Element("code", match.Equivalence.ToFhirCode()).Close("td");
            html.Open("td").Open("ol", ("class", "path"));
            foreach (var hop in match.Path)
            {
                html.Open("li");
                PageLayout.Code(html, hop.From);
                html.Text(" ").Element("code", hop.Property).Text(" ");
                PageLayout.Code(html, hop.To);
                html.Close("li");
            }

            html.Close("ol").Close("td");
            html.Open("td");
            foreach (var rationale in match.Rationales)
            {
                html.Element("p", rationale);
            }

            html.Close("td").Open("td");
            foreach (var warning in match.Warnings)
            {
                html.Element("p", "⚠ " + warning, ("class", "warning"), ("lang", "en"));
            }

            html.Close("td").Close("tr");
        }

        html.Close("tbody").Close("table");
    }

    private static void SchemeSelect(HtmlWriter html, PageContext context, string name, string label, string? selected)
    {
        html.Element("label", label, ("for", name));
        html.Open("select", ("id", name), ("name", name));
        foreach (var scheme in context.Snapshot.Schemes)
        {
            html.Element("option", $"{scheme.Title("nl")} ({scheme.Key})", ("value", scheme.Key), ("selected", scheme.Key == selected ? string.Empty : null));
        }

        html.Close("select");
    }
}
