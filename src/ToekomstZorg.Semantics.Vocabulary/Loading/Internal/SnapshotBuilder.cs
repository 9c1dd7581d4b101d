using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Rdf.Terms;
using ToekomstZorg.Semantics.Vocabulary.Model;
using ToekomstZorg.Semantics.Vocabulary.Skos;

namespace ToekomstZorg.Semantics.Vocabulary.Loading.Internal;

/// <summary>
/// Reads schemes, concepts, labels, hierarchy, mappings (with their OWL axiom rationale) and false friends out of
/// an indexed graph (VOCAB-DESIGN.md). Lenient: what is malformed is skipped here and reported by the lint.
/// </summary>
internal sealed class SnapshotBuilder(RdfGraph graph)
{
    private readonly Dictionary<string, Concept> _concepts = new(StringComparer.Ordinal);
    private Dictionary<RdfTerm, List<Triple>> _bySubject = [];

    public IReadOnlyDictionary<string, Concept> ConceptsByIri => _concepts;

    public (List<ConceptScheme> Schemes, List<ConceptMapping> Mappings, List<FalseFriendPair> FalseFriends) Build()
    {
        graph.BuildIndexes();

        // One pass groups the triples by subject: reading a concept's properties is then a short list scan.
        _bySubject = new Dictionary<RdfTerm, List<Triple>>();
        foreach (var triple in graph.Triples)
        {
            if (!_bySubject.TryGetValue(triple.Subject, out var list))
            {
                _bySubject[triple.Subject] = list = new List<Triple>(8);
            }

            list.Add(triple);
        }

        var schemes = ReadSchemes();
        var broader = new Dictionary<Concept, List<Concept>>();
        foreach (var concept in _concepts.Values)
        {
            ReadConcept(concept);
            foreach (var parent in Objects(new Iri(concept.Iri), SkosIris.Broader).OfType<Iri>())
            {
                if (_concepts.TryGetValue(parent.Value, out var p) && p.Scheme == concept.Scheme)
                {
                    Add(broader, concept, p);
                }
            }

            foreach (var child in Objects(new Iri(concept.Iri), SkosIris.Narrower).OfType<Iri>())
            {
                if (_concepts.TryGetValue(child.Value, out var c) && c.Scheme == concept.Scheme)
                {
                    Add(broader, c, concept);
                }
            }
        }

        var narrower = new Dictionary<Concept, List<Concept>>();
        foreach (var (child, parents) in broader)
        {
            child.Broader = parents.Distinct().ToArray();
            foreach (var parent in child.Broader)
            {
                Add(narrower, parent, child);
            }
        }

        foreach (var (parent, children) in narrower)
        {
            parent.Narrower = children.OrderBy(c => c.Code, StringComparer.Ordinal).ToArray();
        }

        var mappings = ReadMappings();
        var byConcept = new Dictionary<Concept, List<ConceptMapping>>();
        foreach (var mapping in mappings)
        {
            Add(byConcept, mapping.Subject, mapping);
            Add(byConcept, mapping.Object, mapping.Reverse());
        }

        foreach (var (concept, list) in byConcept)
        {
            concept.Mappings = list;
        }

        return (schemes, mappings, ReadFalseFriends());
    }

    private List<ConceptScheme> ReadSchemes()
    {
        var schemes = new List<ConceptScheme>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var declaration in graph.Match(null, SkosIris.Type, SkosIris.ConceptScheme))
        {
            if (declaration.Subject is not Iri iri || schemes.Any(s => s.Iri == iri.Value))
            {
                continue;
            }

            var key = Notation(iri);
            var scheme = new ConceptScheme(iri.Value, keys.Add(key) ? key : iri.Value)
            {
                Titles = ByLanguage(iri, SkosIris.PrefLabel),
                Definitions = ByLanguage(iri, SkosIris.Definition),
                Modified = Literals(iri, SkosIris.Modified).Select(l => l.LexicalForm).DefaultIfEmpty().Max(StringComparer.Ordinal),
                Location = Locate(declaration),
            };
            var concepts = new List<Concept>();
            foreach (var membership in graph.Match(null, SkosIris.InScheme, iri))
            {
                if (membership.Subject is Iri conceptIri && !_concepts.ContainsKey(conceptIri.Value))
                {
                    var concept = new Concept(conceptIri.Value, Notation(conceptIri), scheme) { Location = Locate(membership) };
                    _concepts[conceptIri.Value] = concept;
                    concepts.Add(concept);
                }
            }

            scheme.Concepts = concepts.OrderBy(c => c.Code, StringComparer.Ordinal).ToArray();
            schemes.Add(scheme);
        }

        return schemes.OrderBy(s => s.Key, StringComparer.Ordinal).ToList();
    }

    private void ReadConcept(Concept concept)
    {
        var iri = new Iri(concept.Iri);
        var labels = new List<ConceptLabel>();
        foreach (var (property, kind) in new[] { (SkosIris.PrefLabel, LabelKind.Preferred), (SkosIris.AltLabel, LabelKind.Alternative), (SkosIris.HiddenLabel, LabelKind.Hidden) })
        {
            labels.AddRange(Literals(iri, property).Select(l => new ConceptLabel(l.LexicalForm, l.Language ?? string.Empty, kind)));
        }

        concept.Labels = labels;
        concept.PrefLabels = ByLanguage(iri, SkosIris.PrefLabel);
        concept.Definitions = ByLanguage(iri, SkosIris.Definition);
        concept.ScopeNotes = ByLanguage(iri, SkosIris.ScopeNote);
        concept.EditorialNotes = Literals(iri, SkosIris.EditorialNote).Select(l => l.LexicalForm).ToArray();
        concept.Sources = SourcesOf(iri);
        concept.Deprecated = Literals(iri, SkosIris.Deprecated).Any(l => l.LexicalForm is "true" or "1");
        concept.ReplacedBy = Objects(iri, SkosIris.IsReplacedBy).OfType<Iri>().Select(r => r.Value).Distinct(StringComparer.Ordinal).ToArray();
    }

    private List<ConceptMapping> ReadMappings()
    {
        var mappings = new List<ConceptMapping>();
        foreach (var (property, relation) in SkosIris.MappingProperties)
        {
            foreach (var triple in graph.Match(null, property))
            {
                if (triple.Subject is Iri s && triple.Object is Iri o
                    && _concepts.TryGetValue(s.Value, out var subject) && _concepts.TryGetValue(o.Value, out var @object))
                {
                    var (rationale, sources) = Annotation(s, property, o);
                    mappings.Add(new ConceptMapping(subject, relation, @object, rationale, sources));
                }
            }
        }

        return mappings;
    }

    private List<FalseFriendPair> ReadFalseFriends()
    {
        var pairs = new List<FalseFriendPair>();
        foreach (var triple in graph.Match(null, SkosIris.FalseFriendOf))
        {
            if (triple.Subject is Iri s && triple.Object is Iri o
                && _concepts.TryGetValue(s.Value, out var a) && _concepts.TryGetValue(o.Value, out var b))
            {
                pairs.Add(new FalseFriendPair(a, b, Annotation(s, SkosIris.FalseFriendOf, o).Rationale));
            }
        }

        return pairs;
    }

    // OWL 2 axiom annotation: [] owl:annotatedSource s ; owl:annotatedProperty p ; owl:annotatedTarget o ; rdfs:comment "…" .
    internal (string? Rationale, IReadOnlyList<string> Sources) Annotation(Iri subject, Iri property, Iri @object)
    {
        foreach (var axiom in graph.Match(null, SkosIris.AnnotatedSource, subject).Select(t => t.Subject))
        {
            if (graph.Match(axiom, SkosIris.AnnotatedProperty, property).Any() && graph.Match(axiom, SkosIris.AnnotatedTarget, @object).Any())
            {
                var comments = Literals(axiom, SkosIris.Comment).ToArray();
                var comment = comments.FirstOrDefault(c => c.Language == "nl") ?? comments.FirstOrDefault();
                return (comment?.LexicalForm, SourcesOf(axiom));
            }
        }

        return (null, []);
    }

    private string[] SourcesOf(RdfTerm subject) =>
        Objects(subject, SkosIris.Source).Select(o => o switch
        {
            Iri iri => iri.Value,
            Literal literal => literal.LexicalForm,
            _ => null,
        }).OfType<string>().ToArray();

    private SourceLocation? Locate(Triple triple) =>
        graph.SourceOf(triple) is { } source
            ? new SourceLocation(source.SourceName ?? "<input>", source.Position.Subject.Line, source.Position.Subject.Column)
            : null;

    // The key or code: skos:notation, else the IRI's last path segment (the one before a trailing "/scheme").
    private string Notation(Iri subject)
    {
        if (Literals(subject, SkosIris.Notation).FirstOrDefault() is { } notation)
        {
            return notation.LexicalForm;
        }

        var segments = subject.Value.TrimEnd('/', '#').Split('/', '#');
        return segments.Length > 1 && segments[^1] == "scheme" ? segments[^2] : segments[^1];
    }

    private IEnumerable<Literal> Literals(RdfTerm subject, Iri predicate) => Objects(subject, predicate).OfType<Literal>();

    private IEnumerable<RdfTerm> Objects(RdfTerm subject, Iri predicate)
    {
        if (_bySubject.TryGetValue(subject, out var triples))
        {
            foreach (var triple in triples)
            {
                if (triple.Predicate.Equals(predicate))
                {
                    yield return triple.Object;
                }
            }
        }
    }

    private Dictionary<string, string> ByLanguage(Iri subject, Iri predicate)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var literal in Literals(subject, predicate).OrderBy(l => l.LexicalForm, StringComparer.Ordinal))
        {
            values.TryAdd(literal.Language ?? string.Empty, literal.LexicalForm);
        }

        return values;
    }

    private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> map, TKey key, TValue value)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }
}
