namespace ToekomstZorg.Semantics.Site.Pages.Internal;

/// <summary>Every declared false-friend pair, with the curators' rationale.</summary>
internal static class FalseFriendsPage
{
    public static string Render(PageContext context) => PageLayout.Render(context, "Valse vrienden", html =>
    {
        var pairs = context.Snapshot.FalseFriends;
        html.Element("p", $"{pairs.Count} paren begrippen die hetzelfde woord gebruiken maar iets anders betekenen. Een vertaling tussen beide is nooit equivalent en draagt altijd een waarschuwing.");
        html.Open("table", ("class", "data")).Element("caption", "Valse vrienden met de reden");
        html.Open("thead").Open("tr").Element("th", "Begrip", ("scope", "col")).Element("th", "Is niet", ("scope", "col"))
            .Element("th", "Waarom", ("scope", "col")).Close("tr").Close("thead").Open("tbody");
        foreach (var pair in pairs.OrderBy(p => p.First.Display("nl"), StringComparer.Ordinal))
        {
            html.Open("tr").Open("td");
            PageLayout.ConceptName(html, pair.First);
            html.Text(" ");
            PageLayout.Code(html, pair.First);
            html.Close("td").Open("td");
            PageLayout.ConceptName(html, pair.Second);
            html.Text(" ");
            PageLayout.Code(html, pair.Second);
            html.Close("td").Element("td", pair.Rationale ?? "—").Close("tr");
        }

        html.Close("tbody").Close("table");
    });
}
