using System.Globalization;

namespace ToekomstZorg.Semantics.Site.Pages.Internal;

/// <summary>Every core concept, with how many sectors map to it and how many false friends its crosswalk shows.</summary>
internal static class CrosswalkIndexPage
{
    public static string Render(PageContext context) => PageLayout.Render(context, "Kruistabellen", html =>
    {
        var core = context.Snapshot.CoreScheme;
        if (core is null)
        {
            html.Element("p", "Dit vocabularium heeft geen kernschema.");
            return;
        }

        html.Element("p", "Per kernbegrip: welke sectoren er een eigen begrip op afbeelden en hoeveel valse vrienden daartussen zitten.");
        html.Open("table", ("class", "data")).Element("caption", "Kernbegrippen met hun afbeeldingen per sector");
        html.Open("thead").Open("tr").Element("th", "Kernbegrip", ("scope", "col")).Element("th", "Sectoren", ("scope", "col"))
            .Element("th", "Valse vrienden", ("scope", "col")).Close("tr").Close("thead").Open("tbody");
        foreach (var concept in core.Concepts)
        {
            var crosswalk = Crosswalk.Of(context.Snapshot, concept);
            html.Open("tr").Open("th", ("scope", "row")).Link(SitePaths.Crosswalk(concept), concept.Display("nl")).Close("th")
                .Element("td", crosswalk.MappedSectorCount.ToString(CultureInfo.InvariantCulture), ("class", "num"))
                .Element("td", crosswalk.FalseFriends.Count.ToString(CultureInfo.InvariantCulture), ("class", crosswalk.FalseFriends.Count > 0 ? "num warn" : "num"))
                .Close("tr");
        }

        html.Close("tbody").Close("table");
    });
}
