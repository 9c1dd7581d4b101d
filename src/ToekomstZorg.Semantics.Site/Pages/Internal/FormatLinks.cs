using ToekomstZorg.Semantics.Site.Html.Internal;

namespace ToekomstZorg.Semantics.Site.Pages.Internal;

/// <summary>The "same thing as data" links: Turtle, JSON-LD, N-Triples and, for a concept, its FHIR CodeSystem entry.</summary>
internal static class FormatLinks
{
    public static void Write(HtmlWriter html, string path, string? fhirHref)
    {
        html.Open("p", ("class", "formats"))
            .Link(path + ".ttl", "Turtle").Text(" · ")
            .Link(path + ".jsonld", "JSON-LD").Text(" · ")
            .Link(path + ".nt", "N-Triples");
        if (fhirHref is not null)
        {
            html.Text(" · ").Link(fhirHref, "FHIR CodeSystem ($lookup)");
        }

        html.Close("p");
    }
}
