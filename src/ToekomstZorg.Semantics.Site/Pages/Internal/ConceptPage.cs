using ToekomstZorg.Semantics.Site.Html.Internal;
using ToekomstZorg.Semantics.Vocabulary;
using ToekomstZorg.Semantics.Vocabulary.Model;
using ToekomstZorg.Semantics.Vocabulary.Skos;
using ToekomstZorg.Semantics.Vocabulary.Translation;

namespace ToekomstZorg.Semantics.Site.Pages.Internal;

/// <summary>
/// A concept: warnings first (deprecated with its replacement, false friends), then labels per language, definition,
/// notes (editorial notes marked as open questions), sources, hierarchy, every mapping with equivalence and
/// rationale, and the same concept as data.
/// </summary>
internal static class ConceptPage
{
    public static string Render(PageContext context, Concept concept) => PageLayout.Render(context, concept.Display("nl"), html =>
    {
        var snapshot = context.Snapshot;
        html.Open("p", ("class", "subtitle"));
        if (concept.PrefLabels.TryGetValue("en", out var english))
        {
            html.Element("span", english, ("lang", "en"), ("class", "en")).Text(" · ");
        }

        PageLayout.Code(html, concept);
        html.Text(" in ").Link(SitePaths.Scheme(concept.Scheme), concept.Scheme.Title("nl")).Close("p");
        html.Open("p").Text("IRI ").Element("code", concept.Iri).Close("p");

        Deprecation(html, snapshot, concept);
        FalseFriendBanner(html, snapshot, concept);

        html.Element("h2", "Termen");
        Labels(html, concept);

        if (concept.Definitions.Count > 0)
        {
            html.Element("h2", "Definitie");
            foreach (var (language, text) in Ordered(concept.Definitions))
            {
                html.Element("p", text, ("lang", language));
            }
        }

        Notes(html, concept);
        Sources(html, concept.Sources);
        Hierarchy(html, snapshot, concept);
        Mappings(html, concept);

        if (concept.Scheme == snapshot.CoreScheme)
        {
            html.Open("p").Link(SitePaths.Crosswalk(concept), "Kruistabel: dit kernbegrip in elke sector").Close("p");
        }

        html.Element("h2", "Als data");
        var fhir = context.Options.Static || context.Options.FhirBase is null
            ? null
            : SitePaths.WithQuery(context.Options.FhirBase + "/CodeSystem/$lookup", ("system", concept.Scheme.Iri), ("code", concept.Code));
        FormatLinks.Write(html, SitePaths.Concept(concept), fhir);
    }, SitePaths.Concept(concept));

    private static void Deprecation(HtmlWriter html, VocabularySnapshot snapshot, Concept concept)
    {
        if (!concept.Deprecated)
        {
            return;
        }

        html.Open("div", ("class", "banner deprecated"), ("role", "note"));
        html.Element("h2", "Verouderd begrip");
        html.Open("p").Text("Dit begrip is nog geldig in bestaande gegevens maar wordt niet meer gebruikt.");
        if (concept.ReplacedBy.Count > 0)
        {
            html.Text(" Gebruik in de plaats: ");
            var first = true;
            foreach (var iri in concept.ReplacedBy)
            {
                if (!first)
                {
                    html.Text(", ");
                }

                first = false;
                if (snapshot.FindByIri(iri) is { } replacement)
                {
                    PageLayout.ConceptName(html, replacement);
                    html.Text(" ");
                    PageLayout.Code(html, replacement);
                }
                else if (IsWebLink(iri))
                {
                    html.Link(iri, iri);
                }
                else
                {
                    html.Element("code", iri);
                }
            }

            html.Text(".");
        }

        html.Close("p").Close("div");
    }

    private static void FalseFriendBanner(HtmlWriter html, VocabularySnapshot snapshot, Concept concept)
    {
        var pairs = snapshot.FalseFriendsOf(concept);
        if (pairs.Count == 0)
        {
            return;
        }

        html.Open("div", ("class", "banner falsefriend"), ("role", "note"));
        html.Element("h2", "Let op: valse vriend");
        html.Element("p", "Hetzelfde woord betekent in een andere sector iets anders. Neem het niet zomaar over.");
        html.Open("ul");
        foreach (var pair in pairs)
        {
            var other = pair.First == concept ? pair.Second : pair.First;
            html.Open("li");
            PageLayout.ConceptName(html, other);
            html.Text(" ");
            PageLayout.Code(html, other);
            if (pair.Rationale is not null)
            {
                html.Text(": ").Text(pair.Rationale);
            }

            html.Close("li");
        }

        html.Close("ul").Close("div");
    }

    private static void Labels(HtmlWriter html, Concept concept)
    {
        html.Open("table", ("class", "data")).Element("caption", "Voorkeurs- en alternatieve termen per taal");
        html.Open("thead").Open("tr").Element("th", "Taal", ("scope", "col")).Element("th", "Soort", ("scope", "col"))
            .Element("th", "Term", ("scope", "col")).Close("tr").Close("thead").Open("tbody");
        foreach (var label in concept.Labels.Where(l => l.Kind != LabelKind.Hidden)
                     .OrderBy(l => l.Language == "nl" ? 0 : l.Language == "en" ? 1 : 2).ThenBy(l => l.Language, StringComparer.Ordinal)
                     .ThenBy(l => l.Kind))
        {
            html.Open("tr").Element("td", DutchNames.Language(label.Language)).Element("td", DutchNames.Of(label.Kind))
                .Element("td", label.Text, ("lang", label.Language.Length == 0 ? null : label.Language)).Close("tr");
        }

        html.Close("tbody").Close("table");
    }

    private static void Notes(HtmlWriter html, Concept concept)
    {
        if (concept.ScopeNotes.Count == 0 && concept.EditorialNotes.Count == 0)
        {
            return;
        }

        html.Element("h2", "Toelichting");
        foreach (var (language, text) in Ordered(concept.ScopeNotes))
        {
            html.Element("p", text, ("lang", language));
        }

        foreach (var note in concept.EditorialNotes)
        {
            html.Open("div", ("class", "open-question"))
                .Element("strong", "Open vraag (redactionele noot): ")
                .Text(note).Close("div");
        }
    }

    /// <summary>Sources: web addresses as links; seed paths and other text as text (they have no address here).</summary>
    public static void Sources(HtmlWriter html, IReadOnlyList<string> sources, string heading = "Bronnen")
    {
        if (sources.Count == 0)
        {
            return;
        }

        html.Element("h2", heading);
        SourceList(html, sources);
    }

    public static void SourceList(HtmlWriter html, IReadOnlyList<string> sources)
    {
        html.Open("ul", ("class", "sources"));
        foreach (var source in sources)
        {
            html.Open("li");
            if (IsWebLink(source))
            {
                html.Link(source, source);
            }
            else
            {
                html.Element("code", source);
            }

            html.Close("li");
        }

        html.Close("ul");
    }

    private static void Hierarchy(HtmlWriter html, VocabularySnapshot snapshot, Concept concept)
    {
        // skos:related is not (yet) a property of the model's Concept: read the triples as written from the
        // snapshot's own graph, resolving each object through the snapshot.
        var related = snapshot.Graph.Match(new Rdf.Terms.Iri(concept.Iri), SkosIris.Related)
            .Concat(snapshot.Graph.Match(null, SkosIris.Related, new Rdf.Terms.Iri(concept.Iri)))
            .Select(t => (t.Subject as Rdf.Terms.Iri)?.Value == concept.Iri ? t.Object : t.Subject)
            .OfType<Rdf.Terms.Iri>()
            .Select(i => snapshot.FindByIri(i.Value))
            .OfType<Concept>()
            .Distinct()
            .ToList();
        if (concept.Broader.Count == 0 && concept.Narrower.Count == 0 && related.Count == 0)
        {
            return;
        }

        html.Element("h2", "Samenhang");
        html.Open("dl", ("class", "relations"));
        Relation(html, "Ruimer", concept.Broader);
        Relation(html, "Enger", concept.Narrower);
        Relation(html, "Verwant", related);
        html.Close("dl");
    }

    private static void Relation(HtmlWriter html, string name, IReadOnlyList<Concept> concepts)
    {
        if (concepts.Count == 0)
        {
            return;
        }

        html.Element("dt", name);
        foreach (var concept in concepts)
        {
            html.Open("dd");
            PageLayout.ConceptName(html, concept);
            html.Close("dd");
        }
    }

    private static void Mappings(HtmlWriter html, Concept concept)
    {
        html.Element("h2", "Afbeeldingen naar andere schema's");
        if (concept.Mappings.Count == 0)
        {
            html.Element("p", "Dit begrip is (nog) niet afgebeeld.");
            return;
        }

        html.Open("table", ("class", "data")).Element("caption", "Elke afbeelding, gelezen vanuit dit begrip: hoe het doel zich verhoudt tot dit begrip, en waarom");
        html.Open("thead").Open("tr").Element("th", "Doelbegrip", ("scope", "col")).Element("th", "Schema", ("scope", "col"))
            .Element("th", "Relatie (zoals geschreven)", ("scope", "col")).Element("th", "Equivalentie", ("scope", "col"))
            .Element("th", "Motivering", ("scope", "col")).Close("tr").Close("thead").Open("tbody");
        foreach (var mapping in concept.Mappings.OrderBy(m => m.To.Scheme.Key, StringComparer.Ordinal).ThenBy(m => m.To.Code, StringComparer.Ordinal))
        {
            var hop = new TranslationHop(mapping.From, mapping.Relation, mapping.Reversed, mapping.To, mapping.Rationale);
            html.Open("tr").Open("td");
            PageLayout.ConceptName(html, mapping.To);
            html.Close("td").Element("td", mapping.To.Scheme.Key)
                .Open("td").Element("code", hop.Property).Close("td")
                .Open("td").Text(DutchNames.Of(hop.Equivalence)).Text(" ").Element("code", hop.Equivalence.ToFhirCode()).Close("td")
                .Open("td").Text(mapping.Rationale ?? "—");
            if (mapping.Sources.Count > 0)
            {
                SourceList(html, mapping.Sources);
            }

            html.Close("td").Close("tr");
        }

        html.Close("tbody").Close("table");
    }

    public static bool IsWebLink(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static IEnumerable<KeyValuePair<string, string>> Ordered(IReadOnlyDictionary<string, string> byLanguage) =>
        byLanguage.OrderBy(p => p.Key == "nl" ? 0 : p.Key == "en" ? 1 : 2).ThenBy(p => p.Key, StringComparer.Ordinal);
}
