namespace ToekomstZorg.Semantics.Site.Pages.Internal;

/// <summary>The 404 page: what was asked, and the way back.</summary>
internal static class NotFoundPage
{
    public static string Render(PageContext context, string path) => PageLayout.Render(context, "Niet gevonden", html =>
    {
        html.Open("p").Text("Er is geen begrip, schema of pagina op ").Element("code", path).Text(".").Close("p");
        html.Open("p").Link(SitePaths.Home, "Naar de schema's").Close("p");
    });
}
