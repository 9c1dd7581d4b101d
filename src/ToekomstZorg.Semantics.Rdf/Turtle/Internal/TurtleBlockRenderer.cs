using System.Text;
using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Rdf.Graph.Internal;
using ToekomstZorg.Semantics.Rdf.Terms;

namespace ToekomstZorg.Semantics.Rdf.Turtle.Internal;

/// <summary>
/// Renders subject blocks in the one-triple-per-line layout:
/// <code>
/// ex:s
///     a ex:C ;
///     ex:p "one" ;
///     ex:p "two" ;
///     .
/// </code>
/// Every triple of the subject is one line ending in <c>;</c> (Turtle [7] predicateObjectList allows a
/// trailing <c>;</c>) and the statement ends with a lone <c>.</c>, so adding, removing or changing one triple
/// changes exactly one line of a diff. Several objects of one predicate repeat the predicate rather than
/// use <c>,</c>, whose last-item rule would touch the neighbouring line.
/// </summary>
internal sealed class TurtleBlockRenderer
{
    private const string Indent = "    ";

    private readonly RdfGraph _graph;
    private readonly TermDictionary _terms;
    private readonly TurtleTermFormatter _formatter;
    private readonly BlankNodePlan _blanks;
    private readonly Dictionary<int, int> _predicateRank = [];
    private readonly Dictionary<int, string> _iriNames = [];
    private readonly int _rdfType;
    private readonly bool _objectLists;

    public TurtleBlockRenderer(RdfGraph graph, TurtleTermFormatter formatter, BlankNodePlan blanks, TurtleWriterOptions options)
    {
        _graph = graph;
        _terms = graph.Terms;
        _formatter = formatter;
        _blanks = blanks;
        _rdfType = _terms.Find(Vocab.RdfType);
        _objectLists = options.ObjectLists;
        for (var i = 0; i < options.PredicateOrder.Count; i++)
        {
            var id = _terms.Find(new Iri(options.PredicateOrder[i]));
            if (id >= 0)
            {
                _predicateRank.TryAdd(id, i);
            }
        }
    }

    /// <summary>The name a subject is sorted and written under.</summary>
    public string IriName(int id)
    {
        if (!_iriNames.TryGetValue(id, out var name))
        {
            name = _formatter.FormatIri(((Iri)_terms.Peek(id)).Value);
            _iriNames[id] = name;
        }

        return name;
    }

    /// <summary>Turtle [6] triples ::= subject predicateObjectList | blankNodePropertyList predicateObjectList?</summary>
    public void AppendSubjectBlock(StringBuilder sb, int subject)
    {
        var kind = _terms.KindOf(subject);
        if (kind == RdfTermKind.BlankNode && _blanks.RoleOf(subject) == BlankNodeRole.Anonymous)
        {
            sb.Append("[\n");
            AppendPredicateObjectLines(sb, subject, Indent);
            sb.Append("] .\n");
            return;
        }

        sb.Append(kind == RdfTermKind.BlankNode ? "_:" + _blanks.LabelOf(subject) : IriName(subject)).Append('\n');
        AppendPredicateObjectLines(sb, subject, Indent);
        sb.Append(Indent).Append(".\n");
    }

    private void AppendPredicateObjectLines(StringBuilder sb, int subject, string indent) =>
        AppendPairs(sb, SortedPairs(subject, indent), indent);

    // Turtle [7] predicateObjectList ::= verb objectList (';' (verb objectList)?)*
    private void AppendPairs(StringBuilder sb, List<(string Predicate, string Object)> pairs, string indent)
    {
        for (var i = 0; i < pairs.Count; i++)
        {
            var (predicate, @object) = pairs[i];
            if (_objectLists && i > 0 && pairs[i - 1].Predicate == predicate)
            {
                // Turtle [8] objectList ::= object (',' object)*: continue the previous line's list.
                sb.Length -= 3;
                sb.Append(" ,\n").Append(indent).Append(Indent).Append(@object).Append(" ;\n");
                continue;
            }

            sb.Append(indent).Append(predicate).Append(' ').Append(@object).Append(" ;\n");
        }
    }

    // Predicates: rdf:type first (as 'a'), then the configured order, then by name. Objects of one
    // predicate: IRIs, then literals, then blank nodes, each in natural order of their spelling.
    private List<(string Predicate, string Object)> SortedPairs(int subject, string indent)
    {
        var rows = new List<(int Rank, string Predicate, int Category, string Object)>();
        foreach (var t in _graph.MatchIdTriples(subject, -1, -1))
        {
            var rank = t.P == _rdfType ? -1 : _predicateRank.GetValueOrDefault(t.P, int.MaxValue);
            var predicate = t.P == _rdfType ? "a" : IriName(t.P);
            var (category, @object) = RenderObject(t.O, indent);
            rows.Add((rank, predicate, category, @object));
        }

        rows.Sort((x, y) =>
        {
            var c = x.Rank.CompareTo(y.Rank);
            if (c == 0)
            {
                c = NaturalOrder.Instance.Compare(x.Predicate, y.Predicate);
            }

            if (c == 0)
            {
                c = x.Category.CompareTo(y.Category);
            }

            return c != 0 ? c : NaturalOrder.Instance.Compare(x.Object, y.Object);
        });
        return rows.ConvertAll(r => (r.Predicate, r.Object));
    }

    private (int Category, string Text) RenderObject(int id, string indent)
    {
        switch (_terms.KindOf(id))
        {
            case RdfTermKind.Iri:
                return (0, id == _blanks.NilId ? "()" : IriName(id));
            case RdfTermKind.Literal:
                return (1, _formatter.FormatLiteral((Literal)_terms.Peek(id)));
        }

        return _blanks.RoleOf(id) switch
        {
            BlankNodeRole.Inline => (2, RenderInline(id, indent)),
            BlankNodeRole.ListHead => (2, RenderList(id, indent)),
            _ => (3, "_:" + _blanks.LabelOf(id)),
        };
    }

    // Turtle [14] blankNodePropertyList ::= '[' predicateObjectList ']'
    private string RenderInline(int blank, string indent)
    {
        var inner = indent + Indent;
        var pairs = SortedPairs(blank, inner);
        if (pairs.Count == 0)
        {
            return "[]";
        }

        var sb = new StringBuilder("[\n");
        AppendPairs(sb, pairs, inner);
        return sb.Append(indent).Append(']').ToString();
    }

    // Turtle [15] collection ::= '(' object* ')'
    private string RenderList(int head, string indent)
    {
        var sb = new StringBuilder("(");
        foreach (var item in _blanks.ListItems(head))
        {
            sb.Append(' ').Append(RenderObject(item, indent).Text);
        }

        return sb.Append(" )").ToString();
    }
}
