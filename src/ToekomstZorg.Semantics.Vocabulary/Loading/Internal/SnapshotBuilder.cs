using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Rdf.Terms;
using ToekomstZorg.Semantics.Vocabulary.Model;
using ToekomstZorg.Semantics.Vocabulary.Model.Internal;
using ToekomstZorg.Semantics.Vocabulary.Skos;

namespace ToekomstZorg.Semantics.Vocabulary.Loading.Internal;

/// <summary>
/// Reads schemes, concepts, labels, hierarchy, mappings (with their OWL axiom rationale) and false friends out of
/// an indexed graph (VOCAB-DESIGN.md). Lenient: what is malformed is skipped here and reported by the lint.
/// </summary>
/// <remarks>
/// Linear in the size of the graph, from the graph's own indexes: the members of a scheme are one POS range
/// (<c>? skos:inScheme scheme</c>), each concept is one SPO range (<see cref="RdfGraph.PropertiesOf"/>) taken apart in
/// a single pass, the mapping triples are one POS range per mapping property, and the axiom annotations are read once
/// into a dictionary keyed by (source, property, target). Nothing regroups all triples, and nothing scans the graph
/// per concept.
/// </remarks>
internal sealed class SnapshotBuilder(RdfGraph graph, Func<string, bool>? isReferenceSource)
{
    private const string Notation = SkosIris.Skos + "notation";
    private const string PrefLabel = SkosIris.Skos + "prefLabel";
    private const string AltLabel = SkosIris.Skos + "altLabel";
    private const string HiddenLabel = SkosIris.Skos + "hiddenLabel";
    private const string Definition = SkosIris.Skos + "definition";
    private const string ScopeNote = SkosIris.Skos + "scopeNote";
    private const string EditorialNote = SkosIris.Skos + "editorialNote";
    private const string Broader = SkosIris.Skos + "broader";
    private const string Narrower = SkosIris.Skos + "narrower";
    private const string Deprecated = "http://www.w3.org/2002/07/owl#deprecated";
    private const string Source = "http://purl.org/dc/terms/source";
    private const string IsReplacedBy = "http://purl.org/dc/terms/isReplacedBy";
    private const string Modified = "http://purl.org/dc/terms/modified";
    private const string CodeNamespace = SkosIris.Tz + "codeNamespace";
    private const string AnnotatedSource = "http://www.w3.org/2002/07/owl#annotatedSource";
    private const string AnnotatedProperty = "http://www.w3.org/2002/07/owl#annotatedProperty";
    private const string AnnotatedTarget = "http://www.w3.org/2002/07/owl#annotatedTarget";
    private const string Comment = "http://www.w3.org/2000/01/rdf-schema#comment";

    /// <summary>
    /// The graph indexes a load reads: predicate ranges (scheme members, mappings, axioms) and subjects' properties (each
    /// concept), here and in the lint. Subject and object patterns (site pages, Turtle export) build theirs on first use.
    /// </summary>
    internal const GraphIndexes IndexesRead = GraphIndexes.PredicateObjectSubject | GraphIndexes.SubjectProperties;

    // Below this many members a scheme is read on one thread (splitting costs more than it saves).
    private const int ParallelMembers = 4096;

    private readonly Dictionary<string, Concept> _concepts = new(CountMembers(graph), StringComparer.Ordinal);

    // Every skos:broader and skos:narrower link as written, resolved once all concepts are read: a few flat lists (one
    // per run of concepts a thread read, in member order, kept as they are rather than copied into one) rather than a
    // list per concept; one concept's links are contiguous in one list.
    private readonly List<List<(Concept Concept, string Target, bool IsNarrower)>> _links = [];
    private Dictionary<(string Source, string Property, string Target), (string? Rationale, string[] Sources)> _axioms = [];

    public IReadOnlyDictionary<string, Concept> ConceptsByIri => _concepts;

    /// <summary>Each concept by its scheme and code (the first of a code, when a scheme has it twice).</summary>
    public Dictionary<(ConceptScheme, string), Concept> ConceptsByCode { get; private set; } = [];

    public (List<ConceptScheme> Schemes, List<ConceptMapping> Mappings, List<FalseFriendPair> FalseFriends) Build()
    {
        graph.BuildIndexes(IndexesRead);
        var schemes = ReadSchemes();

        // Once every concept is read, the hierarchy and the table of codes on one side and the mappings on the other
        // need only the concepts and the graph, and set different fields of the concepts: a large vocabulary builds
        // them side by side (at 100 000 concepts each side is some 60 ms on one thread).
        List<ConceptMapping> mappings = [];
        Action[] parts =
        [
            () =>
            {
                ReadHierarchy();
                ConceptsByCode = IndexCodes(schemes, _concepts.Count);
            },
            () =>
            {
                _axioms = ReadAxioms();
                mappings = ReadMappings();
                Distribute(mappings);
            },
        ];
        if (_concepts.Count < ParallelMembers)
        {
            parts[0]();
            parts[1]();
        }
        else
        {
            SideBySide.Run(parts);
        }

        return (schemes, mappings, ReadFalseFriends());
    }

    private static Dictionary<(ConceptScheme, string), Concept> IndexCodes(List<ConceptScheme> schemes, int concepts)
    {
        var byCode = new Dictionary<(ConceptScheme, string), Concept>(concepts); // sized once, not grown through the large object heap
        foreach (var scheme in schemes)
        {
            foreach (var concept in scheme.Concepts)
            {
                byCode.TryAdd((scheme, concept.Code), concept);
            }
        }

        return byCode;
    }

    // Each concept gets one array of its mappings, each read from its side, in the order of the mapping list: counted
    // first (on the concept, no dictionary), then filled, so no list per concept is grown and thrown away.
    private static void Distribute(List<ConceptMapping> mappings)
    {
        foreach (var mapping in mappings)
        {
            mapping.Subject.PendingMappings++;
            mapping.Object.PendingMappings++;
        }

        foreach (var mapping in mappings)
        {
            Put(mapping.Subject, mapping);
            Put(mapping.Object, mapping.Reverse());
        }

        static void Put(Concept concept, ConceptMapping mapping)
        {
            if (concept.Mappings is not ConceptMapping[] { Length: > 0 } array)
            {
                concept.Mappings = array = new ConceptMapping[concept.PendingMappings];
            }

            array[^concept.PendingMappings--] = mapping;
        }
    }

    // The number of concept memberships (an upper bound of the concepts), to size the dictionary of concepts once.
    private static int CountMembers(RdfGraph graph)
    {
        var count = 0;
        foreach (var membership in (ReadOnlySpan<Iri>)[SkosIris.InScheme, SkosIris.TopConceptOf])
        {
            count += graph.CountOf(membership);
        }

        return count;
    }

    private List<ConceptScheme> ReadSchemes()
    {
        var schemes = new List<ConceptScheme>();
        var declared = new HashSet<string>(StringComparer.Ordinal);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (declaration, source) in graph.MatchWithSources(null, SkosIris.Type, SkosIris.ConceptScheme))
        {
            if (declaration.Subject is not Iri iri || !declared.Add(iri.Value))
            {
                continue;
            }

            var isReference = isReferenceSource is not null && source?.SourceName is { } file && isReferenceSource(file);
            var properties = graph.PropertiesOf(iri);
            string? notation = null, modified = null, codeNamespace = null;
            LanguageMap<HeldText>.Builder titles = default, definitions = default;
            for (var i = 0; i < properties.Count; i++)
            {
                switch (properties.Predicate(i).Value)
                {
                    case Notation when properties.Object(i) is Literal literal:
                        notation ??= literal.LexicalForm;
                        break;
                    case PrefLabel when properties.Object(i) is Literal literal:
                        titles.Add(literal.Language ?? string.Empty, literal.LexicalForm);
                        break;
                    case Definition when properties.Object(i) is Literal literal:
                        definitions.Add(literal.Language ?? string.Empty, literal.LexicalForm);
                        break;
                    case Modified when properties.Object(i) is Literal literal:
                        modified = modified is null || string.CompareOrdinal(literal.LexicalForm, modified) > 0 ? literal.LexicalForm : modified;
                        break;
                    case CodeNamespace when properties.Object(i) is Literal literal:
                        codeNamespace ??= literal.LexicalForm;
                        break;
                }
            }

            // A reference scheme without skos:notation has no key of its own (the lint says so); its IRI stands in.
            var key = notation ?? (isReference ? iri.Value : LastSegment(iri.Value));
            var scheme = new ConceptScheme(iri.Value, keys.Add(key) ? key : iri.Value)
            {
                Titles = LanguageMap<HeldText>.Of(ref titles),
                Definitions = LanguageMap<HeldText>.Of(ref definitions),
                Modified = modified,
                Location = Locate(source),
                IsReference = isReference,
                CodeNamespace = codeNamespace,
            };
            var concepts = new List<Concept>(graph.CountOf(SkosIris.InScheme, new Iri(iri.Value)));
            ReadMembers(scheme, concepts);
            concepts.Sort(static (a, b) => string.CompareOrdinal(a.Code, b.Code));
            scheme.Concepts = concepts.ToArray();
            schemes.Add(scheme);
        }

        schemes.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return schemes;
    }

    // The scheme's members: its skos:inScheme range, then its skos:topConceptOf range (a sub-property of skos:inScheme),
    // each concept once, skipping those an earlier scheme has. They are read on every core, each core a contiguous run
    // of members with its own scratch lists and links; the runs are joined in member order, so the concepts, their
    // hierarchy links and the dictionary of concepts are what one thread reading them in order would make.
    private void ReadMembers(ConceptScheme scheme, List<Concept> concepts)
    {
        var schemeIri = new Iri(scheme.Iri);
        var members = new List<(Iri Iri, Iri Membership)>(graph.CountOf(SkosIris.InScheme, schemeIri));
        foreach (var (subject, _) in graph.SubjectsAndObjects(SkosIris.InScheme, schemeIri))
        {
            // One POS range (a set: each subject once), no Triple per member.
            if (subject is Iri conceptIri && !_concepts.ContainsKey(conceptIri.Value))
            {
                members.Add((conceptIri, SkosIris.InScheme));
            }
        }

        // A top concept is usually in the scheme as well (then it is read once, as a member).
        foreach (var (subject, _) in graph.SubjectsAndObjects(SkosIris.TopConceptOf, schemeIri))
        {
            if (subject is Iri conceptIri && !_concepts.ContainsKey(conceptIri.Value) && !graph.Contains(new Triple(conceptIri, SkosIris.InScheme, schemeIri)))
            {
                members.Add((conceptIri, SkosIris.TopConceptOf));
            }
        }

        var read = new Concept[members.Count];
        var runs = members.Count < ParallelMembers ? 1 : Environment.ProcessorCount;
        var readers = new ConceptReader[runs];
        SideBySide.Run([.. Enumerable.Range(0, runs).Select(run => (Action)(() => ReadRun(run)))]);

        foreach (var reader in readers)
        {
            _links.Add(reader.Links);
        }

        foreach (var concept in read)
        {
            _concepts.Add(concept.Iri, concept);
            concepts.Add(concept);
        }

        void ReadRun(int run)
        {
            var reader = readers[run] = new ConceptReader(graph);
            var (start, end) = ((int)((long)members.Count * run / runs), (int)((long)members.Count * (run + 1) / runs));
            for (var i = start; i < end; i++)
            {
                read[i] = reader.Read(members[i].Iri, scheme, members[i].Membership);
            }
        }
    }

    // Reads concepts on one thread: one pass over each concept's SPO range reads every property the model keeps.
    private sealed class ConceptReader(RdfGraph graph)
    {
        // A concept's labels by kind while it is read (reused from concept to concept; the concept gets one array).
        private readonly List<ConceptLabel> _preferred = [], _alternative = [], _hidden = [];

        // The skos:broader and skos:narrower links of the concepts read, as written, each concept's contiguous.
        public List<(Concept Concept, string Target, bool IsNarrower)> Links { get; } = [];

        public Concept Read(Iri iri, ConceptScheme scheme, Iri membership)
        {
            TripleSource? membershipSource = null;
            var membershipFound = false;
            var properties = graph.PropertiesOf(iri);
            string? notation = null;
            _preferred.Clear();
            _alternative.Clear();
            _hidden.Clear();
            LanguageMap<HeldText>.Builder prefLabels = default;
            LanguageMap<GraphText>.Builder definitions = default, scopeNotes = default;
            List<string>? editorialNotes = null, sources = null, replacedBy = null;
            var firstLink = Links.Count;
            var deprecated = false;
            for (var i = 0; i < properties.Count; i++)
            {
                // The predicate decides first, so only the objects of properties the model keeps are read, and literals
                // are read as text (no Literal object per label; dct:modified, rdf:type and the like are never decoded).
                var predicate = properties.Predicate(i);
                string? text, language;
                switch (predicate.Value)
                {
                    case Notation:
                        if (notation is null && properties.TryGetLiteral(i, out text, out _))
                        {
                            notation = text;
                        }

                        break;
                    case PrefLabel when properties.TryGetLiteral(i, out text, out language):
                        _preferred.Add(new ConceptLabel(text, language ?? string.Empty, LabelKind.Preferred) { PropertyIndex = i });
                        prefLabels.Add(language ?? string.Empty, text);
                        break;
                    case AltLabel when properties.TryGetLiteral(i, out text, out language):
                        _alternative.Add(new ConceptLabel(text, language ?? string.Empty, LabelKind.Alternative) { PropertyIndex = i });
                        break;
                    case HiddenLabel when properties.TryGetLiteral(i, out text, out language):
                        _hidden.Add(new ConceptLabel(text, language ?? string.Empty, LabelKind.Hidden) { PropertyIndex = i });
                        break;
                    // Definitions and scope notes stay in the graph until read (GraphText).
                    case Definition when properties.TryGetStoredLiteral(i, out var stored, out language):
                        definitions.Add(language ?? string.Empty, stored);
                        break;
                    case ScopeNote when properties.TryGetStoredLiteral(i, out var stored, out language):
                        scopeNotes.Add(language ?? string.Empty, stored);
                        break;
                    case EditorialNote when properties.TryGetLiteral(i, out text, out _):
                        (editorialNotes ??= []).Add(text);
                        break;
                    case Source:
                        if (properties.TryGetLiteral(i, out text, out _))
                        {
                            (sources ??= []).Add(text);
                        }
                        else if (properties.Object(i) is Iri sourceIri)
                        {
                            (sources ??= []).Add(sourceIri.Value);
                        }

                        break;
                    case Deprecated when properties.TryGetLiteral(i, out text, out _):
                        deprecated |= text is "true" or "1";
                        break;
                    case IsReplacedBy when properties.IsIri(i) && properties.Object(i) is Iri replacement:
                        if (!(replacedBy ??= []).Contains(replacement.Value))
                        {
                            replacedBy.Add(replacement.Value);
                        }

                        break;
                    case Broader or Narrower when properties.IsIri(i) && properties.Object(i) is Iri target:
                        Links.Add((null!, target.Value, predicate.Value == Narrower)); // the concept is filled in below
                        break;
                    default:
                        if (!membershipFound && predicate.Equals(membership) && properties.IsIri(i) && properties.Object(i) is Iri member && member.Value == scheme.Iri)
                        {
                            (membershipFound, membershipSource) = (true, properties.Source(i));
                        }

                        break;
                }
            }

            var concept = new Concept(iri.Value, CodeOf(iri.Value, notation, scheme), scheme)
            {
                Location = Locate(membershipSource),
                GraphProperties = properties,
                Labels = Concat(_preferred, _alternative, _hidden),
                PrefLabels = LanguageMap<HeldText>.Of(ref prefLabels),
                Definitions = LanguageMap<GraphText>.Of(ref definitions),
                ScopeNotes = LanguageMap<GraphText>.Of(ref scopeNotes),
                EditorialNotes = editorialNotes?.ToArray() ?? [],
                Sources = sources?.ToArray() ?? [],
                Deprecated = deprecated,
                ReplacedBy = replacedBy?.ToArray() ?? [],
            };
            foreach (ref var link in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Links)[firstLink..])
            {
                link.Concept = concept;
            }

            return concept;
        }
    }

    // skos:broader and skos:narrower both state the hierarchy; only links within the concept's scheme count.
    private void ReadHierarchy()
    {
        // A child's parents: one Concept (nearly every child has one parent), or a List once there are more.
        var broader = new Dictionary<Concept, object>(_links.Sum(run => run.Count));
        foreach (var run in _links)
        {
            AddParents(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(run), broader);
        }

        var narrower = new Dictionary<Concept, List<Concept>>();
        foreach (var (child, parents) in broader)
        {
            child.Broader = parents is Concept single ? [single] : ((List<Concept>)parents).Distinct().ToArray();
            foreach (var parent in child.Broader)
            {
                Add(narrower, parent, child);
            }
        }

        foreach (var (parent, children) in narrower)
        {
            children.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
            parent.Narrower = children.ToArray();
        }
    }

    // The parents each link of one run gives (skos:broader from the child, skos:narrower from the parent).
    private void AddParents(ReadOnlySpan<(Concept Concept, string Target, bool IsNarrower)> links, Dictionary<Concept, object> broader)
    {
        for (var start = 0; start < links.Length;)
        {
            // One concept's links are contiguous: its broader concepts first, then its narrower ones, as read before.
            var concept = links[start].Concept;
            var end = start;
            while (end < links.Length && links[end].Concept == concept)
            {
                end++;
            }

            foreach (var (_, parent, isNarrower) in links[start..end])
            {
                if (!isNarrower && _concepts.TryGetValue(parent, out var p) && p.Scheme == concept.Scheme)
                {
                    AddParent(broader, concept, p);
                }
            }

            foreach (var (_, child, isNarrower) in links[start..end])
            {
                if (isNarrower && _concepts.TryGetValue(child, out var c) && c.Scheme == concept.Scheme)
                {
                    AddParent(broader, c, concept);
                }
            }

            start = end;
        }
    }

    // OWL 2 axiom annotation: [] owl:annotatedSource s ; owl:annotatedProperty p ; owl:annotatedTarget o ; rdfs:comment "…" .
    // Read once for the whole graph; a mapping then finds its rationale by (s, p, o).
    private Dictionary<(string, string, string), (string?, string[])> ReadAxioms()
    {
        var axioms = new Dictionary<(string, string, string), (string?, string[])>();
        RdfTerm? previous = null;
        foreach (var triple in graph.Match(null, SkosIris.AnnotatedSource))
        {
            if (triple.Subject.Equals(previous))
            {
                continue;
            }

            previous = triple.Subject;
            var properties = graph.PropertiesOf(triple.Subject);
            string? source = null, property = null, target = null;
            Literal? comment = null;
            List<string>? sources = null;
            for (var i = 0; i < properties.Count; i++)
            {
                var value = properties.Object(i);
                switch (properties.Predicate(i).Value)
                {
                    case AnnotatedSource when value is Iri iri:
                        source ??= iri.Value;
                        break;
                    case AnnotatedProperty when value is Iri iri:
                        property ??= iri.Value;
                        break;
                    case AnnotatedTarget when value is Iri iri:
                        target ??= iri.Value;
                        break;
                    case Comment when value is Literal literal:
                        if (comment is null || (comment.Language != "nl" && literal.Language == "nl"))
                        {
                            comment = literal;
                        }

                        break;
                    case Source:
                        if (value is Iri sourceIri)
                        {
                            (sources ??= []).Add(sourceIri.Value);
                        }
                        else if (value is Literal sourceLiteral)
                        {
                            (sources ??= []).Add(sourceLiteral.LexicalForm);
                        }

                        break;
                }
            }

            if (source is not null && property is not null && target is not null)
            {
                axioms.TryAdd((source, property, target), (comment?.LexicalForm, sources?.ToArray() ?? []));
            }
        }

        return axioms;
    }

    private List<ConceptMapping> ReadMappings()
    {
        var mappings = new List<ConceptMapping>();
        foreach (var (property, relation) in SkosIris.MappingProperties)
        {
            foreach (var (subjectTerm, objectTerm, source) in graph.SubjectsAndObjectsWithSources(property))
            {
                if (subjectTerm is Iri s && objectTerm is Iri o
                    && _concepts.TryGetValue(s.Value, out var subject) && _concepts.TryGetValue(o.Value, out var @object))
                {
                    var (rationale, sources) = Annotation(s.Value, property.Value, o.Value);
                    mappings.Add(new ConceptMapping(subject, relation, @object, rationale, sources) { Location = Locate(source) });
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
                pairs.Add(new FalseFriendPair(a, b, Annotation(s.Value, SkosIris.FalseFriendOf.Value, o.Value).Rationale));
            }
        }

        return pairs;
    }

    private (string? Rationale, IReadOnlyList<string> Sources) Annotation(string subject, string property, string @object) =>
        _axioms.TryGetValue((subject, property, @object), out var axiom) ? (axiom.Rationale, axiom.Sources) : (null, []);

    private static SourceLocation? Locate(TripleSource? source) =>
        source is { } s ? new SourceLocation(s.SourceName ?? "<input>", s.Position.Subject.Line, s.Position.Subject.Column) : null;

    // The code: skos:notation; else, in a reference scheme, the IRI minus tz:codeNamespace (kept as it is, any
    // characters; an IRI outside the namespace stays whole and the lint reports it); else, in the house vocabulary,
    // the IRI's last path segment.
    private static string CodeOf(string iri, string? notation, ConceptScheme scheme)
    {
        if (notation is not null)
        {
            return notation;
        }

        if (scheme.IsReference)
        {
            return scheme.CodeNamespace is { Length: > 0 } ns && iri.Length > ns.Length && iri.StartsWith(ns, StringComparison.Ordinal)
                ? iri[ns.Length..]
                : iri;
        }

        return LastSegment(iri);
    }

    // A house key or code without skos:notation: the IRI's last path segment (the one before a trailing "/scheme").
    private static string LastSegment(string iri)
    {
        var trimmed = iri.AsSpan().TrimEnd("/#");
        var cut = trimmed.LastIndexOfAny('/', '#');
        var last = trimmed[(cut + 1)..];
        if (cut >= 0 && last.SequenceEqual("scheme"))
        {
            var before = trimmed[..cut];
            return before[(before.LastIndexOfAny('/', '#') + 1)..].ToString();
        }

        return cut < 0 && trimmed.Length == iri.Length ? iri : last.ToString();
    }

    private static ConceptLabel[] Concat(List<ConceptLabel>? preferred, List<ConceptLabel>? alternative, List<ConceptLabel>? hidden)
    {
        var labels = new ConceptLabel[(preferred?.Count ?? 0) + (alternative?.Count ?? 0) + (hidden?.Count ?? 0)];
        var at = 0;
        foreach (var list in (ReadOnlySpan<List<ConceptLabel>?>)[preferred, alternative, hidden])
        {
            list?.CopyTo(labels, at);
            at += list?.Count ?? 0;
        }

        return labels;
    }

    private static void AddParent(Dictionary<Concept, object> broader, Concept child, Concept parent)
    {
        ref var parents = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(broader, child, out var exists);
        if (!exists)
        {
            parents = parent;
        }
        else if (parents is List<Concept> several)
        {
            several.Add(parent);
        }
        else
        {
            parents = new List<Concept> { (Concept)parents!, parent };
        }
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
