using ToekomstZorg.Semantics.Site.Html.Internal;

namespace ToekomstZorg.Semantics.Site.Pages.Internal;

/// <summary>Home: the schemes with their concept counts, the version and its date, and a search box.</summary>
internal static class HomePage
{
    public static string Render(PageContext context) => PageLayout.Render(context, "Het gedeelde zorgvocabularium", html =>
    {
        var snapshot = context.Snapshot;
        html.Open("p", ("class", "lead"))
            .Text("Eén woord, een andere betekenis per sector: hier staan de begrippen van elke sector naast het gedeelde kader (kern), met hun afbeeldingen en valse vrienden.")
            .Close("p");
        html.Open("p").Text("Versie ").Element("code", snapshot.Version).Text(", van ")
            .Element("time", context.VersionDate, ("datetime", context.VersionDate)).Text(".");
        if (!context.Options.Static)
        {
            html.Text(" ").Link(SitePaths.Releases, "Wat is er gewijzigd (release notes)").Text(".");
        }

        html.Close("p");
        if (!context.Options.Static)
        {
            SearchPage.Form(html, null, "home-zoek");
        }
        else
        {
            html.Element("p", "Zoeken en vertalen vragen de server (tzsem serve); deze statische kopie toont de begrippen, kruistabellen en valse vrienden.", ("class", "note"));
        }

        html.Element("h2", "Schema's");
        html.Open("table", ("class", "data")).Element("caption", "Begrippenschema's met het aantal begrippen");
        html.Open("thead").Open("tr").Element("th", "Schema", ("scope", "col")).Element("th", "Sleutel", ("scope", "col"))
            .Element("th", "Begrippen", ("scope", "col")).Element("th", "Gewijzigd", ("scope", "col")).Close("tr").Close("thead");
        html.Open("tbody");
        foreach (var scheme in snapshot.Schemes)
        {
            html.Open("tr").Open("th", ("scope", "row")).Link(SitePaths.Scheme(scheme), scheme.Title("nl"));
            if (scheme.Titles.TryGetValue("en", out var english))
            {
                html.Text(" ").Element("span", $"({english})", ("lang", "en"), ("class", "en"));
            }

            html.Close("th").Open("td").Element("code", scheme.Key).Close("td")
                .Element("td", scheme.Concepts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), ("class", "num"))
                .Element("td", scheme.Modified ?? "—").Close("tr");
        }

        html.Close("tbody").Close("table");
    }, SitePaths.VocabularyStem);
}
