using System.Text;
using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Rdf.NTriples;
using ToekomstZorg.Semantics.Rdf.Turtle;
using ToekomstZorg.Semantics.Site.Assets.Internal;
using ToekomstZorg.Semantics.Site.LinkedData;
using ToekomstZorg.Semantics.Site.LinkedData.Internal;
using ToekomstZorg.Semantics.Site.Pages.Internal;
using ToekomstZorg.Semantics.Vocabulary;
using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Site;

/// <summary>
/// The vocabulary site: HTML pages for people and linked data for machines, rendered from one
/// <see cref="VocabularySnapshot"/> per request. Independent of the web host: the server maps HTTP requests to
/// <see cref="Respond(VocabularySnapshot, SiteRequest, IReadOnlyList{SiteReleaseNote})"/>, and the static export writes the same answers to files.
/// </summary>
/// <remarks>
/// Paths: <c>/</c> (home; the whole vocabulary by content negotiation, or <c>/index.ttl</c> …), <c>/{scheme}</c>,
/// <c>/{scheme}/{code}</c> (each with <c>.html</c>, <c>.ttl</c>, <c>.nt</c>, <c>.jsonld</c>), <c>/kruistabel</c>,
/// <c>/kruistabel/{core code}</c>, <c>/valse-vrienden</c>, <c>/zoeken?q=</c>, <c>/vertalen?van=&amp;code=&amp;naar=</c>,
/// <c>/releases</c>, <c>/releases/{version}</c>, <c>/context.jsonld</c>, <c>/site.css</c>, <c>/site.js</c>.
/// </remarks>
public sealed class VocabularySite
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Creates the site.</summary>
    public VocabularySite(SiteOptions? options = null)
    {
        Options = options ?? new SiteOptions();
    }

    /// <summary>How the site is served.</summary>
    public SiteOptions Options { get; }

    /// <summary>Answers one request from one snapshot, with no release notes; never throws for any path or query.</summary>
    public SiteResponse Respond(VocabularySnapshot snapshot, SiteRequest request) => Respond(snapshot, request, []);

    /// <summary>
    /// Answers one request from one snapshot; never throws for any path or query. <paramref name="releases"/> are the
    /// release notes the host kept (newest first), shown at <c>/releases</c> and <c>/releases/{version}</c> (served
    /// mode only: the static export has no reloads).
    /// </summary>
    public SiteResponse Respond(VocabularySnapshot snapshot, SiteRequest request, IReadOnlyList<SiteReleaseNote> releases)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(releases);
        var context = new PageContext(snapshot, Options);
        var path = request.Path.Length > 1 ? request.Path.TrimEnd('/') : request.Path;
        if (path.Length == 0)
        {
            path = "/";
        }

        switch (path)
        {
            case SitePaths.Style:
                return new SiteResponse(200, "text/css; charset=utf-8", Utf8.GetBytes(SiteAssets.Css), false);
            case SitePaths.Script:
                return new SiteResponse(200, "text/javascript; charset=utf-8", Utf8.GetBytes(SiteAssets.Script), false);
            case SitePaths.Context:
                return new SiteResponse(200, "application/ld+json; charset=utf-8", JsonLdContext.For(snapshot.Graph).Document(), false);
            case SitePaths.Crosswalks:
            case SitePaths.Crosswalks + ".html":
                return Html(CrosswalkIndexPage.Render(context));
            case SitePaths.FalseFriends:
            case SitePaths.FalseFriends + ".html":
                return Html(FalseFriendsPage.Render(context));
            case SitePaths.Search when !Options.Static:
                return Html(SearchPage.Render(context, request.Parameter("q"), request.Parameter("schema")));
            case SitePaths.Translate when !Options.Static:
                return Html(TranslatePage.Render(context, request.Parameter("van"), request.Parameter("code"), request.Parameter("naar")));
            case SitePaths.Releases when !Options.Static:
                return Html(ReleasesPage.Render(context, releases));
        }

        if (!Options.Static && path.StartsWith(SitePaths.Releases + "/", StringComparison.Ordinal))
        {
            var version = path[(SitePaths.Releases.Length + 1)..];
            var note = releases.FirstOrDefault(n => string.Equals(n.ToVersion, version, StringComparison.Ordinal));
            return note is null ? NotFound(context, request.Path) : Html(ReleasePage.Render(context, note));
        }

        var explicitRepresentation = ContentNegotiation.TryStripExtension(path, out var stem, out var extension);
        Representation? representation = explicitRepresentation ? extension : ContentNegotiation.Choose(request.Accept);
        if (stem is "/" or SitePaths.VocabularyStem)
        {
            return Negotiated(context, representation, !explicitRepresentation, () => HomePage.Render(context), () => snapshot.Graph);
        }

        if (stem.StartsWith(SitePaths.Crosswalks + "/", StringComparison.Ordinal))
        {
            var code = stem[(SitePaths.Crosswalks.Length + 1)..];
            return snapshot.CoreScheme is { } core && snapshot.TryGetConcept(core, code, out var coreConcept) && !code.Contains('/', StringComparison.Ordinal)
                ? Html(CrosswalkPage.Render(context, coreConcept))
                : NotFound(context, request.Path);
        }

        var segments = stem.Split('/');
        if (segments.Length == 2 && snapshot.TryGetScheme(segments[1], out var scheme) && scheme.Key == segments[1])
        {
            return Negotiated(context, representation, !explicitRepresentation, () => SchemePage.Render(context, scheme), () => ResourceDescription.Of(snapshot, scheme));
        }

        if (segments.Length == 3 && snapshot.TryGetScheme(segments[1], out scheme) && scheme.Key == segments[1]
            && snapshot.TryGetConcept(scheme, segments[2], out var concept))
        {
            return Negotiated(context, representation, !explicitRepresentation, () => ConceptPage.Render(context, concept), () => ResourceDescription.Of(snapshot, concept));
        }

        return NotFound(context, request.Path);
    }

    /// <summary>The site path of a concept (the path part of its IRI under the site's base).</summary>
    public static string PathOf(Concept concept) => SitePaths.Concept(concept);

    /// <summary>The site path of a scheme.</summary>
    public static string PathOf(ConceptScheme scheme) => SitePaths.Scheme(scheme);

    /// <summary>The site path of the crosswalk of a core concept.</summary>
    public static string CrosswalkPathOf(Concept core) => SitePaths.Crosswalk(core);

    private static SiteResponse Negotiated(PageContext context, Representation? representation, bool negotiated, Func<string> page, Func<RdfGraph> graph)
    {
        if (representation is not { } chosen)
        {
            var message = "Not acceptable. This resource is available as: " + string.Join(", ", ContentNegotiation.MediaTypes) + "\n";
            return new SiteResponse(406, "text/plain; charset=utf-8", Utf8.GetBytes(message), true);
        }

        var body = chosen switch
        {
            Representation.Html => Utf8.GetBytes(page()),
            _ => Serialize(context, graph(), chosen),
        };
        return new SiteResponse(200, ContentNegotiation.MediaType(chosen), body, negotiated);
    }

    internal static byte[] Serialize(PageContext context, RdfGraph graph, Representation representation)
    {
        var buffer = new MemoryStream();
        Serialize(context, graph, representation, buffer);
        return buffer.ToArray();
    }

    /// <summary>Writes a graph in one RDF representation to <paramref name="output"/> (left open): the body of a linked-data answer.</summary>
    internal static void Serialize(PageContext context, RdfGraph graph, Representation representation, Stream output)
    {
        switch (representation)
        {
            case Representation.Turtle:
                // TurtleWriter's Stream overload buffers 64K chars (two arrays on the large object heap per call);
                // a concept's Turtle is a few KB, and the site answers and exports one per concept.
                using (var text = new StreamWriter(output, Utf8, bufferSize: 4096, leaveOpen: true))
                {
                    new TurtleWriter().Write(graph, text);
                }

                break;
            case Representation.NTriples:
                using (var writer = new NTriplesWriter(output, leaveOpen: true))
                {
                    writer.Write(graph.Triples);
                    writer.Flush();
                }

                break;
            default:
                JsonLdWriter.Write(graph, JsonLdContext.For(context.Snapshot.Graph), SitePaths.Context, output);
                break;
        }
    }

    private static SiteResponse Html(string page) => new(200, "text/html; charset=utf-8", Utf8.GetBytes(page), false);

    private static SiteResponse NotFound(PageContext context, string path) =>
        new(404, "text/html; charset=utf-8", Utf8.GetBytes(NotFoundPage.Render(context, path)), false);
}
