using ToekomstZorg.Semantics.Site.Html.Internal;
using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Site.Pages.Internal;

/// <summary>A scheme: its definition and its concept hierarchy from the top concepts down.</summary>
internal static class SchemePage
{
    public static string Render(PageContext context, ConceptScheme scheme) => PageLayout.Render(context, scheme.Title("nl"), html =>
    {
        if (scheme.Titles.TryGetValue("en", out var english))
        {
            html.Element("p", english, ("lang", "en"), ("class", "en"));
        }

        html.Open("p").Text("IRI ").Element("code", scheme.Iri).Text($" · {scheme.Concepts.Count} begrippen").Close("p");
        if (scheme.Definitions.TryGetValue("nl", out var definition))
        {
            html.Element("p", definition);
        }

        html.Element("h2", "Als data");
        FormatLinks.Write(html, SitePaths.Scheme(scheme), null);
        html.Element("h2", "Hiërarchie");
        // Top concepts: those without a broader concept in the scheme (skos:topConceptOf is not required of curators).
        var tops = scheme.Concepts.Where(c => c.Broader.Count == 0).ToList();
        var seen = new HashSet<Concept>();
        html.Open("ul", ("class", "tree"));
        foreach (var top in tops)
        {
            Branch(html, top, seen);
        }

        html.Close("ul");
        // A concept only reachable through a cycle of skos:broader is still listed (lint reports the cycle).
        var rest = scheme.Concepts.Where(c => !seen.Contains(c)).ToList();
        if (rest.Count > 0)
        {
            html.Element("h2", "Buiten de hiërarchie");
            html.Open("ul");
            foreach (var concept in rest)
            {
                html.Open("li");
                PageLayout.ConceptName(html, concept);
                html.Close("li");
            }

            html.Close("ul");
        }
    }, SitePaths.Scheme(scheme));

    private static void Branch(HtmlWriter html, Concept concept, HashSet<Concept> seen)
    {
        // Iterative depth-first walk: a deep generated hierarchy must not exhaust the stack.
        var pending = new Stack<(Concept Concept, bool Close)>();
        pending.Push((concept, false));
        while (pending.TryPop(out var next))
        {
            if (next.Close)
            {
                html.Close("ul").Close("li");
                continue;
            }

            if (!seen.Add(next.Concept))
            {
                continue;
            }

            html.Open("li");
            PageLayout.ConceptName(html, next.Concept);
            if (next.Concept.Deprecated)
            {
                html.Text(" ").Element("span", "verouderd", ("class", "tag"));
            }

            var children = next.Concept.Narrower.Where(n => !seen.Contains(n)).ToList();
            if (children.Count == 0)
            {
                html.Close("li");
                continue;
            }

            html.Open("ul");
            pending.Push((next.Concept, true));
            for (var i = children.Count - 1; i >= 0; i--)
            {
                pending.Push((children[i], false));
            }
        }
    }
}
