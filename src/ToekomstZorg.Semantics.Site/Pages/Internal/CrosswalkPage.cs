using ToekomstZorg.Semantics.Site.Html.Internal;
using ToekomstZorg.Semantics.Vocabulary.Model;
using ToekomstZorg.Semantics.Vocabulary.Translation;

namespace ToekomstZorg.Semantics.Site.Pages.Internal;

/// <summary>
/// The crosswalk of one core concept: one row per sector with the sector's concept, its definition, its relation to
/// the core concept and the false-friend warnings between sectors.
/// </summary>
internal static class CrosswalkPage
{
    public static string Render(PageContext context, Concept core)
    {
        var crosswalk = Crosswalk.Of(context.Snapshot, core);
        return PageLayout.Render(context, "Kruistabel: " + core.Display("nl"), html =>
        {
            html.Open("p", ("class", "subtitle")).Text("Kernbegrip ");
            PageLayout.ConceptName(html, core);
            html.Text(" ");
            PageLayout.Code(html, core);
            html.Close("p");
            if (core.Definitions.TryGetValue("nl", out var definition))
            {
                html.Element("p", definition, ("class", "core-definition"));
            }

            if (crosswalk.FalseFriends.Count > 0)
            {
                html.Open("div", ("class", "banner falsefriend"), ("role", "note"));
                html.Element("h2", $"Valse vrienden tussen sectoren ({crosswalk.FalseFriends.Count})");
                html.Open("ul");
                foreach (var pair in crosswalk.FalseFriends)
                {
                    html.Open("li");
                    PageLayout.ConceptName(html, pair.First);
                    html.Text(" (").Text(pair.First.Scheme.Key).Text(") is niet ");
                    PageLayout.ConceptName(html, pair.Second);
                    html.Text(" (").Text(pair.Second.Scheme.Key).Text(")");
                    if (pair.Rationale is not null)
                    {
                        html.Text(": ").Text(pair.Rationale);
                    }

                    html.Close("li");
                }

                html.Close("ul").Close("div");
            }

            html.Open("div", ("class", "scroll"), ("role", "region"), ("aria-label", "Kruistabel"), ("tabindex", "0"));
            html.Open("table", ("class", "data crosswalk"))
                .Element("caption", $"{core.Display("nl")} in elke sector: {crosswalk.MappedSectorCount} van {crosswalk.Sectors.Count} sectoren beelden af");
            html.Open("thead").Open("tr")
                .Element("th", "Sector", ("scope", "col")).Element("th", "Sectorbegrip", ("scope", "col"))
                .Element("th", "Definitie in de sector", ("scope", "col")).Element("th", "Relatie tot het kernbegrip", ("scope", "col"))
                .Element("th", "Motivering", ("scope", "col")).Element("th", "Waarschuwing", ("scope", "col"))
                .Close("tr").Close("thead").Open("tbody");
            foreach (var (sector, rows) in crosswalk.Sectors)
            {
                if (rows.Count == 0)
                {
                    html.Open("tr", ("class", "unmapped")).Open("th", ("scope", "row")).Link(SitePaths.Scheme(sector), sector.Title("nl")).Close("th")
                        .Element("td", "geen afbeelding", ("colspan", "5")).Close("tr");
                    continue;
                }

                foreach (var row in rows)
                {
                    var sectorConcept = row.From;
                    var warnings = crosswalk.FalseFriends.Where(p => p.First == sectorConcept || p.Second == sectorConcept).ToList();
                    html.Open("tr", ("class", warnings.Count > 0 ? "warn" : null));
                    html.Open("th", ("scope", "row")).Link(SitePaths.Scheme(sector), sector.Title("nl")).Close("th");
                    html.Open("td");
                    PageLayout.ConceptName(html, sectorConcept);
                    html.Text(" ");
                    PageLayout.Code(html, sectorConcept);
                    html.Close("td");
                    html.Element("td", sectorConcept.Definitions.TryGetValue("nl", out var d) ? d : "—");
                    // The hop's equivalence: what the core concept is to the sector concept.
                    var relation = DutchNames.SkosRelation(row.Equivalence);
                    html.Open("td").Element("span", relation, ("class", "rel rel-" + relation)).Text(" ")
                        .Element("span", "kern is " + DutchNames.Of(row.Equivalence), ("class", "gloss"))
                        .Void("br").Element("code", row.Property).Close("td");
                    html.Element("td", row.Rationale ?? "—");
                    html.Open("td");
                    foreach (var pair in warnings)
                    {
                        var other = pair.First == sectorConcept ? pair.Second : pair.First;
                        html.Open("p", ("class", "warning")).Text("⚠ valse vriend van ");
                        PageLayout.Code(html, other);
                        html.Close("p");
                    }

                    html.Close("td").Close("tr");
                }
            }

            html.Close("tbody").Close("table").Close("div");
            html.Open("p").Link(SitePaths.Crosswalks, "Alle kruistabellen").Close("p");
        });
    }
}
