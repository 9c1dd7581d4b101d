using ToekomstZorg.Semantics.Fhir.Export;
using ToekomstZorg.Semantics.Fhir.Skos.Internal;
using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Rdf.Syntax;
using ToekomstZorg.Semantics.Rdf.Terms;

namespace ToekomstZorg.Semantics.Fhir.Skos;

/// <summary>
/// The vocabulary read straight from its Turtle files (VOCAB-DESIGN.md) into an <see cref="RdfGraph"/>: schemes,
/// concepts, mappings with their axiom rationale and false friends, with the translation semantics of VOCAB-DESIGN
/// (one hop, reverse hop, conservative composition through kern, direct sector pairs, false-friend warnings).
/// Interim: it lets the FHIR translation, export and CLI run on the real vocabulary until the Vocabulary project's
/// <c>VocabularySnapshot</c> is available, after which an adapter over the snapshot replaces it.
/// </summary>
public sealed partial class SkosGraphVocabulary
{
    private readonly Dictionary<string, ExportScheme> _schemesByKeyOrIri = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SkosConceptEntry> _concepts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<SkosMappingEdge>> _edges = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), string?> _falseFriends = new();

    private SkosGraphVocabulary(RdfGraph graph, string coreSchemeKey)
    {
        CoreSchemeKey = coreSchemeKey;
        var schemes = ReadSchemes(graph);
        foreach (var scheme in schemes)
        {
            _schemesByKeyOrIri[scheme.Key] = scheme;
            _schemesByKeyOrIri[scheme.Iri] = scheme;
            foreach (var concept in scheme.Concepts)
            {
                _concepts[concept.Iri] = new SkosConceptEntry(scheme, concept);
            }
        }

        var mappings = ReadMappings(graph);
        var falseFriends = ReadFalseFriends(graph);
        var modified = schemes.Select(s => s.Modified).Where(m => m is not null).DefaultIfEmpty("unversioned").Max(StringComparer.Ordinal)!;
        Export = new ExportVocabulary(modified, schemes, mappings, falseFriends);
    }

    /// <summary>The vocabulary as the terminology export reads it.</summary>
    public ExportVocabulary Export { get; }

    /// <summary>The key of the shared core scheme.</summary>
    public string CoreSchemeKey { get; }

    /// <summary>Loads every <c>*.ttl</c> file under <paramref name="directory"/> (recursively, in path order).</summary>
    /// <exception cref="RdfSyntaxException">A file is not valid Turtle.</exception>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    public static SkosGraphVocabulary LoadDirectory(string directory, string coreSchemeKey = "kern")
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"{directory}: no such vocabulary directory");
        }

        var graph = new RdfGraph();
        foreach (var file in Directory.EnumerateFiles(directory, "*.ttl", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var stream = File.OpenRead(file);
            graph.Load(stream, RdfSyntax.Turtle, new RdfReaderOptions { SourceName = file, BaseIri = new Uri(Path.GetFullPath(file)).AbsoluteUri });
        }

        return FromGraph(graph, coreSchemeKey);
    }

    /// <summary>Reads the vocabulary from a loaded graph.</summary>
    public static SkosGraphVocabulary FromGraph(RdfGraph graph, string coreSchemeKey = "kern")
    {
        ArgumentNullException.ThrowIfNull(graph);
        graph.BuildIndexes();
        return new SkosGraphVocabulary(graph, coreSchemeKey);
    }

    private static List<ExportScheme> ReadSchemes(RdfGraph graph)
    {
        var schemes = new List<ExportScheme>();
        foreach (var schemeTriple in graph.Match(null, SkosTerms.RdfType, SkosTerms.ConceptScheme))
        {
            if (schemeTriple.Subject is not Iri schemeIri)
            {
                continue;
            }

            var concepts = graph.Match(null, SkosTerms.InScheme, schemeIri)
                .Select(t => t.Subject).OfType<Iri>().Distinct()
                .Select(c => ReadConcept(graph, c, schemeIri))
                .OrderBy(c => c.Code, StringComparer.Ordinal)
                .ToList();
            schemes.Add(new ExportScheme(
                Notation(graph, schemeIri), schemeIri.Value,
                ByLanguage(graph, schemeIri, SkosTerms.PrefLabel), ByLanguage(graph, schemeIri, SkosTerms.Definition),
                Literals(graph, schemeIri, SkosTerms.Modified).FirstOrDefault()?.LexicalForm,
                concepts));
        }

        return schemes.OrderBy(s => s.Key, StringComparer.Ordinal).ToList();
    }

    private static ExportConcept ReadConcept(RdfGraph graph, Iri concept, Iri scheme)
    {
        var broader = graph.Match(concept, SkosTerms.Broader).Select(t => t.Object).OfType<Iri>()
            .Where(b => graph.Match(b, SkosTerms.InScheme, scheme).Any())
            .Select(b => Notation(graph, b)).ToArray();
        return new ExportConcept(
            Notation(graph, concept), concept.Value,
            ByLanguage(graph, concept, SkosTerms.PrefLabel),
            Literals(graph, concept, SkosTerms.AltLabel).Select(l => (l.Language ?? string.Empty, l.LexicalForm)).ToArray(),
            ByLanguage(graph, concept, SkosTerms.Definition),
            broader,
            Literals(graph, concept, SkosTerms.Deprecated).Any(l => l.LexicalForm is "true" or "1"));
    }

    private List<ExportMapping> ReadMappings(RdfGraph graph)
    {
        var mappings = new List<ExportMapping>();
        foreach (var (property, iri) in MappingProperties)
        {
            foreach (var triple in graph.Match(null, iri))
            {
                if (triple.Subject is not Iri subject || triple.Object is not Iri @object
                    || !_concepts.TryGetValue(subject.Value, out var from) || !_concepts.TryGetValue(@object.Value, out var to))
                {
                    continue;
                }

                var (rationale, sources) = Annotation(graph, subject, iri, @object);
                mappings.Add(new ExportMapping(from.Scheme.Key, from.Concept.Code, property, to.Scheme.Key, to.Concept.Code, rationale, sources));
                AddEdge(new SkosMappingEdge(subject.Value, @object.Value, property, Reversed: false, rationale));
                AddEdge(new SkosMappingEdge(@object.Value, subject.Value, property, Reversed: true, rationale));
            }
        }

        return mappings;
    }

    private List<ExportFalseFriend> ReadFalseFriends(RdfGraph graph)
    {
        var pairs = new List<ExportFalseFriend>();
        foreach (var triple in graph.Match(null, SkosTerms.FalseFriendOf))
        {
            if (triple.Subject is Iri subject && triple.Object is Iri @object
                && _concepts.TryGetValue(subject.Value, out var a) && _concepts.TryGetValue(@object.Value, out var b))
            {
                var (rationale, _) = Annotation(graph, subject, SkosTerms.FalseFriendOf, @object);
                pairs.Add(new ExportFalseFriend(a.Scheme.Key, a.Concept.Code, b.Scheme.Key, b.Concept.Code, rationale));
                _falseFriends[(subject.Value, @object.Value)] = rationale;
                _falseFriends[(@object.Value, subject.Value)] = rationale;
            }
        }

        return pairs;
    }

    private void AddEdge(SkosMappingEdge edge)
    {
        if (!_edges.TryGetValue(edge.From, out var list))
        {
            _edges[edge.From] = list = [];
        }

        list.Add(edge);
    }

    // OWL 2 axiom annotation: [] owl:annotatedSource s ; owl:annotatedProperty p ; owl:annotatedTarget o ; rdfs:comment "…" .
    private static (string? Rationale, IReadOnlyList<string> Sources) Annotation(RdfGraph graph, Iri subject, Iri property, Iri @object)
    {
        foreach (var axiom in graph.Match(null, SkosTerms.AnnotatedSource, subject).Select(t => t.Subject))
        {
            if (graph.Match(axiom, SkosTerms.AnnotatedProperty, property).Any() && graph.Match(axiom, SkosTerms.AnnotatedTarget, @object).Any())
            {
                var comments = Literals(graph, axiom, SkosTerms.Comment).ToArray();
                var comment = comments.FirstOrDefault(c => c.Language == "nl") ?? comments.FirstOrDefault();
                var sources = graph.Match(axiom, SkosTerms.Source).Select(t => t.Object switch
                {
                    Iri iri => iri.Value,
                    Literal literal => literal.LexicalForm,
                    _ => null,
                }).OfType<string>().ToArray();
                return (comment?.LexicalForm, sources);
            }
        }

        return (null, []);
    }

    private static string Notation(RdfGraph graph, Iri subject) =>
        Literals(graph, subject, SkosTerms.Notation).FirstOrDefault()?.LexicalForm
        ?? subject.Value[(subject.Value.TrimEnd('/').LastIndexOfAny(['/', '#']) + 1)..].TrimEnd('/');

    private static IEnumerable<Literal> Literals(RdfGraph graph, RdfTerm subject, Iri predicate) =>
        graph.Match(subject, predicate).Select(t => t.Object).OfType<Literal>();

    private static Dictionary<string, string> ByLanguage(RdfGraph graph, Iri subject, Iri predicate)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var literal in Literals(graph, subject, predicate).OrderBy(l => l.LexicalForm, StringComparer.Ordinal))
        {
            values.TryAdd(literal.Language ?? string.Empty, literal.LexicalForm);
        }

        return values;
    }
}
