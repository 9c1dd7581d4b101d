using System.Globalization;
using ToekomstZorg.Semantics.Site.Html.Internal;

namespace ToekomstZorg.Semantics.Site.Pages.Internal;

/// <summary>The release notes the server kept over its reloads, newest first, with the counts of each diff.</summary>
internal static class ReleasesPage
{
    public static string Render(PageContext context, IReadOnlyList<SiteReleaseNote> releases) => PageLayout.Render(context, "Wijzigingen per versie", html =>
    {
        html.Open("p").Text("De server vergelijkt bij elke herlading de nieuwe versie van het vocabularium met de vorige. Nu geserveerd: ")
            .Element("code", context.Snapshot.Version).Text(".").Close("p");
        if (releases.Count == 0)
        {
            html.Element("p", "Er is nog geen herlading gebeurd sinds de server startte: de eerste versie die de server toont heeft geen voorganger, dus er zijn nog geen wijzigingen om te tonen.", ("class", "note"));
            return;
        }

        html.Open("table", ("class", "data")).Element("caption", "Versies met het aantal wijzigingen, nieuwste eerst");
        html.Open("thead").Open("tr");
        foreach (var heading in new[] { "Versie", "Vorige versie", "Geladen op", "Begrippen +/−", "Verouderd", "Gewijzigde velden", "Afbeeldingen +/−/~", "Valse vrienden +/−", "Vertalingen met ander resultaat" })
        {
            html.Element("th", heading, ("scope", "col"));
        }

        html.Close("tr").Close("thead").Open("tbody");
        foreach (var note in releases)
        {
            var diff = note.Diff;
            html.Open("tr").Open("th", ("scope", "row")).Open("a", ("href", SitePaths.Release(note.ToVersion))).Element("code", note.ToVersion).Close("a").Close("th")
                .Open("td").Element("code", note.FromVersion).Close("td")
                .Open("td").Element("time", note.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture), ("datetime", note.At.ToString("O", CultureInfo.InvariantCulture))).Close("td")
                .Element("td", $"{Count(diff.ConceptsAdded.Count)} / {Count(diff.ConceptsRemoved.Count)}", ("class", "num"))
                .Element("td", Count(diff.ConceptsDeprecated.Count), ("class", "num"))
                .Element("td", Count(diff.ConceptChanges.Count), ("class", "num"))
                .Element("td", $"{Count(diff.MappingsAdded.Count)} / {Count(diff.MappingsRemoved.Count)} / {Count(diff.MappingsChanged.Count)}", ("class", "num"))
                .Element("td", $"{Count(diff.FalseFriendsAdded.Count)} / {Count(diff.FalseFriendsRemoved.Count)}", ("class", "num"))
                .Element("td", Count(diff.ImpactedTranslations), ("class", "num"))
                .Close("tr");
        }

        html.Close("tbody").Close("table");
    });

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
