using System.Globalization;
using ToekomstZorg.Semantics.Site.Html.Internal;
using ToekomstZorg.Semantics.Vocabulary.Diff;
using ToekomstZorg.Semantics.Vocabulary.Model;
using ToekomstZorg.Semantics.Vocabulary.Translation;

namespace ToekomstZorg.Semantics.Site.Pages.Internal;

/// <summary>
/// One release note in human form: what the reload to one version changed (concepts, fields, mappings, false friends)
/// and the impact table of translations whose outcome changed. A concept links to its page when the version served
/// now still has it (a removed concept is named, not linked, so the page has no broken link).
/// </summary>
internal static class ReleasePage
{
    public static string Render(PageContext context, SiteReleaseNote note) => PageLayout.Render(context, "Wijzigingen in versie " + note.ToVersion, html =>
    {
        var diff = note.Diff;
        html.Open("p").Text("Vergeleken met versie ").Element("code", note.FromVersion).Text(", geladen op ")
            .Element("time", note.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture), ("datetime", note.At.ToString("O", CultureInfo.InvariantCulture)))
            .Text(". ").Link(SitePaths.Releases, "Alle versies").Text(".").Close("p");
        if (diff.IsEmpty)
        {
            html.Element("p", "Deze versie verschilt niet in betekenis van de vorige (alleen in de bestanden, bv. commentaar).", ("class", "note"));
            return;
        }

        html.Open("p").Text($"{Count(diff.ImpactedTranslations)} van {Count(diff.TranslationsCompared)} herberekende vertalingen hebben een ander resultaat.").Close("p");
        if (diff.SchemesAdded.Count + diff.SchemesRemoved.Count > 0)
        {
            html.Element("h2", "Schema's");
            html.Open("ul");
            foreach (var key in diff.SchemesAdded)
            {
                html.Open("li").Text("Toegevoegd: ").Element("code", key).Close("li");
            }

            foreach (var key in diff.SchemesRemoved)
            {
                html.Open("li").Text("Verwijderd: ").Element("code", key).Close("li");
            }

            html.Close("ul");
        }

        ConceptList(context, html, "Toegevoegde begrippen", diff.ConceptsAdded);
        ConceptList(context, html, "Verwijderde begrippen", diff.ConceptsRemoved);
        List(html, "Verouderde begrippen", diff.ConceptsDeprecated, deprecation =>
        {
            Concept(context, html, deprecation.Concept);
            if (deprecation.ReplacedBy.Count == 0)
            {
                html.Text(" (geen vervanging opgegeven)");
                return;
            }

            html.Text(", vervangen door ");
            for (var i = 0; i < deprecation.ReplacedBy.Count; i++)
            {
                html.Text(i == 0 ? string.Empty : ", ");
                Concept(context, html, deprecation.ReplacedBy[i]);
            }
        });
        ConceptList(context, html, "Niet langer verouderde begrippen", diff.ConceptsReinstated);
        Table(html, "Gewijzigde termen, definities en bronnen", "Wijzigingen per begrip", ["Begrip", "Veld", "Taal", "Was", "Wordt"], diff.ConceptChanges, change =>
        {
            html.Open("td");
            Concept(context, html, change.Concept);
            html.Close("td").Element("td", FieldName(change.Field))
                .Element("td", change.Language is null ? "—" : DutchNames.Language(change.Language))
                .Element("td", change.Old ?? "—", ("lang", change.Language)).Element("td", change.New ?? "—", ("lang", change.Language));
        });
        MappingTable(context, html, "Toegevoegde afbeeldingen", diff.MappingsAdded);
        MappingTable(context, html, "Verwijderde afbeeldingen", diff.MappingsRemoved);
        Table(html, "Gewijzigde afbeeldingen", "Afbeeldingen met een andere relatie of reden", ["Begrip", "Relatie was", "Relatie wordt", "Doel", "Reden was", "Reden wordt"], diff.MappingsChanged, change =>
        {
            html.Open("td");
            Concept(context, html, change.New.Subject);
            html.Close("td").Open("td").Element("code", "skos:" + change.Old.Relation.LocalName()).Close("td")
                .Open("td").Element("code", "skos:" + change.New.Relation.LocalName()).Close("td").Open("td");
            Concept(context, html, change.New.Object);
            html.Close("td").Element("td", change.Old.Rationale ?? "—").Element("td", change.New.Rationale ?? "—");
        });
        FalseFriendList(context, html, "Nieuwe valse vrienden", diff.FalseFriendsAdded);
        FalseFriendList(context, html, "Geschrapte valse vrienden", diff.FalseFriendsRemoved);
        if (diff.Impact.Count == 0)
        {
            html.Element("h2", "Impact op vertalingen");
            html.Element("p", "Geen enkele vertaling tussen schema's heeft een ander resultaat.");
            return;
        }

        Table(html, "Impact op vertalingen", "Vertalingen waarvan het resultaat veranderde", ["Bron", "Naar schema", "Doel", "Wat", "Was", "Wordt"], diff.Impact, item =>
        {
            html.Open("td");
            Concept(context, html, item.Source);
            html.Close("td").Open("td").Element("code", item.TargetScheme).Close("td").Open("td");
            Concept(context, html, item.Target);
            html.Close("td").Element("td", KindName(item)).Open("td");
            Outcome(html, item.OldEquivalence, item.OldFalseFriend);
            html.Close("td").Open("td");
            Outcome(html, item.NewEquivalence, item.NewFalseFriend);
            html.Close("td");
        });
    });

    private static void ConceptList(PageContext context, HtmlWriter html, string heading, IReadOnlyList<DiffConcept> concepts) =>
        List(html, heading, concepts, concept => Concept(context, html, concept));

    private static void MappingTable(PageContext context, HtmlWriter html, string heading, IReadOnlyList<DiffMapping> mappings) =>
        Table(html, heading, heading, ["Begrip", "Relatie", "Doel", "Reden"], mappings, mapping =>
        {
            html.Open("td");
            Concept(context, html, mapping.Subject);
            html.Close("td").Open("td").Element("code", "skos:" + mapping.Relation.LocalName()).Close("td").Open("td");
            Concept(context, html, mapping.Object);
            html.Close("td").Element("td", mapping.Rationale ?? "—");
        });

    private static void FalseFriendList(PageContext context, HtmlWriter html, string heading, IReadOnlyList<DiffFalseFriend> pairs) =>
        List(html, heading, pairs, pair =>
        {
            Concept(context, html, pair.First);
            html.Text(" is niet ");
            Concept(context, html, pair.Second);
            if (pair.Rationale is not null)
            {
                html.Text(": " + pair.Rationale);
            }
        });

    // A section of the note: a heading and one list item per entry; nothing at all when there are none.
    private static void List<T>(HtmlWriter html, string heading, IReadOnlyList<T> items, Action<T> item)
    {
        if (items.Count == 0)
        {
            return;
        }

        html.Element("h2", heading);
        html.Open("ul");
        foreach (var entry in items)
        {
            html.Open("li");
            item(entry);
            html.Close("li");
        }

        html.Close("ul");
    }

    // A section of the note as a table: a heading, a caption, column headings and one row per entry (the cells written
    // by cells); nothing at all when there are none.
    private static void Table<T>(HtmlWriter html, string heading, string caption, string[] headings, IReadOnlyList<T> rows, Action<T> cells)
    {
        if (rows.Count == 0)
        {
            return;
        }

        html.Element("h2", heading);
        html.Open("table", ("class", "data")).Element("caption", caption);
        html.Open("thead").Open("tr");
        foreach (var name in headings)
        {
            html.Element("th", name, ("scope", "col"));
        }

        html.Close("tr").Close("thead").Open("tbody");
        foreach (var row in rows)
        {
            html.Open("tr");
            cells(row);
            html.Close("tr");
        }

        html.Close("tbody").Close("table");
    }

    /// <summary>Label and <c>scheme:code</c>; the label links to the concept page when the served version has the concept.</summary>
    private static void Concept(PageContext context, HtmlWriter html, DiffConcept concept)
    {
        if (!concept.IsInVocabulary)
        {
            html.Element("code", concept.Iri);
            return;
        }

        if (context.Snapshot.TryGetScheme(concept.Scheme, out var scheme) && scheme.Key == concept.Scheme
            && context.Snapshot.TryGetConcept(scheme, concept.Code, out _))
        {
            html.Link(SitePaths.Concept(concept), concept.Label);
        }
        else
        {
            html.Text(concept.Label);
        }

        html.Text(" ").Element("code", concept.ToString(), ("class", "code"));
    }

    private static void Outcome(HtmlWriter html, Equivalence? equivalence, bool? falseFriend)
    {
        if (equivalence is not { } value)
        {
            html.Text("geen overeenkomst");
            return;
        }

        html.Text(DutchNames.Of(value) + " ").Element("code", value.ToFhirCode());
        if (falseFriend == true)
        {
            html.Text(" ").Element("strong", "valse vriend");
        }
    }

    private static string KindName(TranslationImpact item) => item.Kind switch
    {
        TranslationImpactKind.Gained => "nieuw doel",
        TranslationImpactKind.Lost => "doel vervalt",
        TranslationImpactKind.EquivalenceChanged => "andere equivalentie",
        _ => item.NewFalseFriend == true ? "waarschuwing valse vriend erbij" : "waarschuwing valse vriend weg",
    };

    private static string FieldName(ConceptField field) => field switch
    {
        ConceptField.PrefLabel => "voorkeursterm",
        ConceptField.AltLabel => "alternatieve term",
        ConceptField.HiddenLabel => "verborgen term",
        ConceptField.Definition => "definitie",
        ConceptField.ScopeNote => "toepassingsnota",
        ConceptField.EditorialNote => "redactionele nota (open vraag)",
        ConceptField.Source => "bron",
        ConceptField.Broader => "ruimer begrip",
        _ => "code",
    };

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
