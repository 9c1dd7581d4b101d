using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Rdf.Syntax;
using ToekomstZorg.Semantics.Rdf.Terms;
using ToekomstZorg.Semantics.Rdf.Tests.TestSupport;
using ToekomstZorg.Semantics.Rdf.Turtle;

namespace ToekomstZorg.Semantics.Rdf.Tests.Conformance;

/// <summary>
/// A W3C rdf-tests manifest, read with our own <see cref="TurtleReader"/> (base = its retrieval IRI),
/// with the <c>mf:entries</c> list walked in order. Retrieval IRIs map to files in <c>../shared/conformance</c>.
/// </summary>
public sealed class W3cManifest
{
    private const string Mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private const string Rdft = "http://www.w3.org/ns/rdftest#";
    private const string TestBase = "https://w3c.github.io/rdf-tests/rdf/rdf11/";

    private static readonly Dictionary<string, W3cManifest> Loaded = [];

    private W3cManifest(string suite)
    {
        var directory = RepositoryPaths.Shared("conformance", suite);
        var suiteIri = TestBase + suite + "/";
        var collector = new TripleCollector();
        using (var stream = File.OpenRead(Path.Combine(directory, "manifest.ttl")))
        {
            new TurtleReader(new RdfReaderOptions { BaseIri = suiteIri + "manifest.ttl", SourceName = "manifest.ttl" }).Read(stream, collector);
        }

        var bySubject = collector.Triples.ToLookup(t => t.Subject);
        RdfTerm? Single(RdfTerm subject, string predicate) =>
            bySubject[subject].FirstOrDefault(t => t.Predicate.Value == predicate)?.Object;

        var manifest = new Iri(suiteIri + "manifest.ttl");
        var list = Single(manifest, Mf + "entries") ?? throw new InvalidOperationException("manifest without mf:entries");
        var entries = new List<ManifestEntry>();
        while (!list.Equals(Vocab.RdfNil))
        {
            var test = Single(list, Vocab.Rdf + "first")!;
            var kind = ((Iri)Single(test, Vocab.Rdf + "type")!).Value;
            var name = ((Literal)Single(test, Mf + "name")!).LexicalForm;
            var action = ((Iri)Single(test, Mf + "action")!).Value;
            var result = (Single(test, Mf + "result") as Iri)?.Value;
            var testIri = ((Iri)test).Value;
            entries.Add(new ManifestEntry(
                testIri[(testIri.IndexOf('#', StringComparison.Ordinal) + 1)..],
                name,
                kind.StartsWith(Rdft, StringComparison.Ordinal) ? kind[Rdft.Length..] : kind,
                LocalPath(directory, suiteIri, action),
                action,
                result is null ? null : LocalPath(directory, suiteIri, result)));
            list = Single(list, Vocab.Rdf + "rest")!;
        }

        Entries = entries;
        ById = entries.ToDictionary(e => e.Id);
    }

    public IReadOnlyList<ManifestEntry> Entries { get; }

    public IReadOnlyDictionary<string, ManifestEntry> ById { get; }

    public static W3cManifest Turtle => Load("rdf-turtle");

    public static W3cManifest NTriples => Load("rdf-n-triples");

    private static W3cManifest Load(string suite)
    {
        lock (Loaded)
        {
            if (!Loaded.TryGetValue(suite, out var manifest))
            {
                manifest = new W3cManifest(suite);
                Loaded.Add(suite, manifest);
            }

            return manifest;
        }
    }

    private static string LocalPath(string directory, string suiteIri, string iri) =>
        iri.StartsWith(suiteIri, StringComparison.Ordinal)
            ? Path.Combine(directory, iri[suiteIri.Length..])
            : throw new InvalidOperationException($"{iri} is outside {suiteIri}");
}
