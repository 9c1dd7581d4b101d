using ToekomstZorg.Semantics.Site.LinkedData;
using ToekomstZorg.Semantics.Site.LinkedData.Internal;
using ToekomstZorg.Semantics.Site.Pages.Internal;
using ToekomstZorg.Semantics.Vocabulary;

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
    private static readonly Representation[] All = [Representation.Html, Representation.Turtle, Representation.NTriples, Representation.JsonLd];

    /// <summary>Writes every file under <paramref name="directory"/> (created when missing; existing files are replaced).</summary>
    public static StaticSiteExport Export(VocabularySnapshot snapshot, string directory)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(directory);
        var site = new VocabularySite(new SiteOptions { Static = true, FhirBase = null });
        Directory.CreateDirectory(directory);
        var files = 0;
        long bytes = 0;
        // One worker per core: the work is CPU-bound, and letting the pool inject threads (it did, to ~70 while
        // exporting gen_skos.py 100000 on a loaded machine) only adds switching and GC suspension cost.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };

        void Write(string sitePath, string file)
        {
            var answer = site.Respond(snapshot, SiteRequest.Get(sitePath));
            if (answer.StatusCode != 200 && file != "404.html")
            {
                throw new InvalidOperationException($"{sitePath} answered {answer.StatusCode} while exporting the site.");
            }

            var target = Path.Combine(directory, file);
            File.WriteAllBytes(target, answer.Body);
            Interlocked.Increment(ref files);
            Interlocked.Add(ref bytes, answer.Body.Length);
        }

        foreach (var representation in All)
        {
            Write(SitePaths.VocabularyStem + ContentNegotiation.Extension(representation), "index" + ContentNegotiation.Extension(representation));
        }

        Write(SitePaths.Context, "context.jsonld");
        Write(SitePaths.Style, "site.css");
        Write(SitePaths.FalseFriends, "valse-vrienden.html");
        Write(SitePaths.Crosswalks, "kruistabel.html");
        Write("/niet-gevonden", "404.html");
        if (snapshot.CoreScheme is { } core)
        {
            Directory.CreateDirectory(Path.Combine(directory, "kruistabel"));
            Parallel.ForEach(core.Concepts, parallel, concept =>
                Write(SitePaths.Crosswalk(concept) + ".html", Path.Combine("kruistabel", FileName(concept.Code) + ".html")));
        }

        foreach (var scheme in snapshot.Schemes)
        {
            var schemeFile = FileName(scheme.Key);
            foreach (var representation in All)
            {
                Write(SitePaths.Scheme(scheme) + ContentNegotiation.Extension(representation), schemeFile + ContentNegotiation.Extension(representation));
            }

            Directory.CreateDirectory(Path.Combine(directory, schemeFile));
            Parallel.ForEach(scheme.Concepts, parallel, concept =>
            {
                foreach (var representation in All)
                {
                    Write(SitePaths.Concept(concept) + ContentNegotiation.Extension(representation),
                        Path.Combine(schemeFile, FileName(concept.Code) + ContentNegotiation.Extension(representation)));
                }
            });
        }

        return new StaticSiteExport(files, bytes);
    }

    // The path segment as the web server sees it after decoding; a key or code that could leave its folder is refused.
    private static string FileName(string segment) =>
        segment.Length == 0 || segment is "." or ".." || segment.IndexOfAny(['/', '\\', '\0']) >= 0
            ? throw new InvalidOperationException($"'{segment}' cannot be a file name in the static site.")
            : segment;
}
