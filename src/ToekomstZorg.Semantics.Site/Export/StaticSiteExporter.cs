using System.Collections.Concurrent;
using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Site.Export.Internal;
using ToekomstZorg.Semantics.Site.LinkedData;
using ToekomstZorg.Semantics.Site.LinkedData.Internal;
using ToekomstZorg.Semantics.Site.Pages.Internal;
using ToekomstZorg.Semantics.Vocabulary;
using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Site.Export;

/// <summary>
/// Writes the site as static files, each the answer <see cref="VocabularySite.Respond(VocabularySnapshot, SiteRequest)"/> gives for its path (in
/// static mode: no search, translate or FHIR links): <c>index.html</c> and <c>index.{ttl,nt,jsonld}</c> (the whole
/// vocabulary), <c>{scheme}.{html,ttl,nt,jsonld}</c>, <c>{scheme}/{code}.{html,ttl,nt,jsonld}</c>,
/// <c>kruistabel.html</c>, <c>kruistabel/{code}.html</c>, <c>valse-vrienden.html</c>, <c>context.jsonld</c>,
/// <c>site.css</c> and <c>404.html</c>. A web server maps an extensionless path to a file by the <c>Accept</c>
/// header (README: the nginx configuration).
/// </summary>
public static class StaticSiteExporter
{
    private static readonly Representation[] RdfRepresentations = [Representation.Turtle, Representation.NTriples, Representation.JsonLd];

    /// <summary>Writes every file under <paramref name="directory"/> (created when missing; existing files are replaced).</summary>
    public static StaticSiteExport Export(VocabularySnapshot snapshot, string directory)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(directory);
        var site = new VocabularySite(new SiteOptions { Static = true, FhirBase = null });
        var context = new PageContext(snapshot, site.Options);
        var output = new ExportOutput(directory);
        Directory.CreateDirectory(directory);

        // One list of independent pieces of work, the largest first (the whole vocabulary, then each scheme) so the
        // many small ones fill in behind them and no core idles at the end.
        // The whole vocabulary and the schemes are streamed into their files; the rest is small.
        var work = new List<Action>();
        foreach (var representation in (Representation[])[Representation.JsonLd, Representation.NTriples, Representation.Turtle])
        {
            work.Add(() => output.Write("index" + ContentNegotiation.Extension(representation), stream => VocabularySite.Serialize(context, snapshot.Graph, representation, stream)));
        }

        foreach (var scheme in snapshot.Schemes.OrderByDescending(s => s.Concepts.Count))
        {
            var schemeFile = FileName(scheme.Key);
            Directory.CreateDirectory(Path.Combine(directory, schemeFile));
            work.Add(() => WriteRdf(context, ResourceDescription.Of(snapshot, scheme), schemeFile, output, streamed: true));
            work.Add(() => output.Write(site, snapshot, SitePaths.Scheme(scheme) + ".html", schemeFile + ".html"));
        }

        work.Add(() => output.Write(site, snapshot, SitePaths.VocabularyStem + ".html", "index.html"));

        work.Add(() => output.Write(site, snapshot, SitePaths.Context, "context.jsonld"));
        work.Add(() => output.Write(site, snapshot, SitePaths.Style, "site.css"));
        work.Add(() => output.Write(site, snapshot, SitePaths.FalseFriends, "valse-vrienden.html"));
        work.Add(() => output.Write(site, snapshot, SitePaths.Crosswalks, "kruistabel.html"));
        work.Add(() => output.Write(site, snapshot, "/niet-gevonden", "404.html", expected: 404));
        if (snapshot.CoreScheme is { } core)
        {
            Directory.CreateDirectory(Path.Combine(directory, "kruistabel"));
            foreach (var concept in core.Concepts.Where(c => IsServedAtItsPath(snapshot, c)))
            {
                work.Add(() => output.Write(site, snapshot, SitePaths.Crosswalk(concept) + ".html", Path.Combine("kruistabel", FileName(concept.Code) + ".html")));
            }
        }

        foreach (var scheme in snapshot.Schemes)
        {
            var schemeFile = FileName(scheme.Key);
            foreach (var concept in scheme.Concepts.Where(c => IsServedAtItsPath(snapshot, c)))
            {
                work.Add(() => WriteConcept(site, context, concept, Path.Combine(schemeFile, FileName(concept.Code)), output));
            }
        }

        // One worker per core: the work is CPU-bound, and letting the pool inject threads (it did, to ~70 while
        // exporting gen_skos.py 100000 on a loaded machine) only adds switching and GC suspension cost.
        Parallel.ForEach(
            Partitioner.Create(work, loadBalance: true),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            write => write());
        return new StaticSiteExport(output.Files, output.Bytes);
    }

    // A concept's four files. The page goes through Respond, so the export fails where the server would not find the
    // concept at its path; the three RDF files share one description graph (Respond builds one per request).
    private static void WriteConcept(VocabularySite site, PageContext context, Concept concept, string stem, ExportOutput output)
    {
        output.Write(site, context.Snapshot, SitePaths.Concept(concept) + ".html", stem + ".html");
        WriteRdf(context, ResourceDescription.Of(context.Snapshot, concept), stem, output);
    }

    // Two concepts of a scheme with one code (a lint error) share a path, which answers with the first: its files are
    // written once, from its own work item, and the other concept has none.
    private static bool IsServedAtItsPath(VocabularySnapshot snapshot, Concept concept) =>
        !snapshot.TryGetConcept(concept.Scheme, concept.Code, out var served) || served == concept;

    private static void WriteRdf(PageContext context, RdfGraph description, string stem, ExportOutput output, bool streamed = false)
    {
        foreach (var representation in RdfRepresentations)
        {
            var file = stem + ContentNegotiation.Extension(representation);
            if (streamed)
            {
                output.Write(file, stream => VocabularySite.Serialize(context, description, representation, stream));
            }
            else
            {
                output.Write(file, VocabularySite.Serialize(context, description, representation));
            }
        }
    }

    // The path segment as the web server sees it after decoding; a key or code that could leave its folder is refused.
    private static string FileName(string segment) =>
        segment.Length == 0 || segment is "." or ".." || segment.IndexOfAny(['/', '\\', '\0']) >= 0
            ? throw new InvalidOperationException($"'{segment}' cannot be a file name in the static site.")
            : segment;
}
