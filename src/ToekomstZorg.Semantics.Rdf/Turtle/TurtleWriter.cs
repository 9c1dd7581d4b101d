using System.Text;
using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Rdf.Terms;
using ToekomstZorg.Semantics.Rdf.Turtle.Internal;

namespace ToekomstZorg.Semantics.Rdf.Turtle;

/// <summary>
/// Writes a graph as Turtle for people who edit it and review it in git:
/// <list type="bullet">
/// <item><c>@prefix</c> lines for the graph's namespaces that are used, sorted by prefix;</item>
/// <item>subjects of the leading types (concept schemes) first, then all subjects sorted by name, digits by value;</item>
/// <item>one triple per line, <c>rdf:type</c> first as <c>a</c>, so a one-triple change is a one-line diff;</item>
/// <item>prefixed names wherever the local part is a valid PN_LOCAL, number and boolean shorthands,
/// long strings for text with line breaks, blank nodes used once written in place as <c>[ ... ]</c>,
/// well-formed lists as <c>( ... )</c>.</item>
/// </list>
/// The output depends only on the graph's triples and namespaces: writing an unchanged graph again gives
/// the same bytes, and reading the output gives an isomorphic graph.
/// </summary>
public sealed class TurtleWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly TurtleWriterOptions _options;

    /// <summary>Creates a writer with the given ordering options (defaults suit SKOS vocabularies).</summary>
    public TurtleWriter(TurtleWriterOptions? options = null)
    {
        _options = options ?? new TurtleWriterOptions();
    }

    /// <summary>Writes <paramref name="graph"/> to <paramref name="output"/> as UTF-8 Turtle; leaves the stream open.</summary>
    public void Write(RdfGraph graph, Stream output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new StreamWriter(output, Utf8NoBom, bufferSize: 64 * 1024, leaveOpen: true);
        Write(graph, writer);
    }

    /// <summary>Writes <paramref name="graph"/> as Turtle text with LF line ends.</summary>
    public void Write(RdfGraph graph, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        var formatter = new TurtleTermFormatter(graph.Namespaces);
        var blanks = new BlankNodePlan(graph);
        var renderer = new TurtleBlockRenderer(graph, formatter, blanks, _options);

        // Blocks are rendered before the prefix lines are written, because only then is it known which
        // prefixes the body uses.
        var blocks = new List<string>();
        var sb = new StringBuilder();
        foreach (var subject in OrderedSubjects(graph, renderer, blanks))
        {
            sb.Clear();
            renderer.AppendSubjectBlock(sb, subject);
            blocks.Add(sb.ToString());
        }

        blocks.AddRange(AnonymousBlocks(renderer, blanks));

        // Turtle [4] prefixID ::= '@prefix' PNAME_NS IRIREF '.'
        var hasPrefixes = false;
        foreach (var (prefix, ns) in formatter.UsedPrefixes)
        {
            output.Write("@prefix ");
            output.Write(prefix);
            output.Write(": ");
            output.Write(NTriplesFormat.FormatIri(ns));
            output.Write(" .\n");
            hasPrefixes = true;
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            if (i > 0 || hasPrefixes)
            {
                output.Write('\n');
            }

            output.Write(blocks[i]);
        }

        output.Flush();
    }

    /// <summary>The graph as a Turtle string.</summary>
    public string WriteToString(RdfGraph graph)
    {
        using var writer = new StringWriter();
        Write(graph, writer);
        return writer.ToString();
    }

    private List<int> OrderedSubjects(RdfGraph graph, TurtleBlockRenderer renderer, BlankNodePlan blanks)
    {
        var typeRank = new Dictionary<int, int>();
        for (var i = 0; i < _options.LeadingTypes.Count; i++)
        {
            var id = graph.Terms.Find(new Iri(_options.LeadingTypes[i]));
            if (id >= 0)
            {
                typeRank.TryAdd(id, i);
            }
        }

        var rdfType = graph.Terms.Find(Vocab.RdfType);
        var iriSubjects = new List<(int Rank, string Name, int Id)>();
        foreach (var s in graph.SubjectIds())
        {
            if (graph.Terms.KindOf(s) != RdfTermKind.Iri)
            {
                continue;
            }

            var rank = int.MaxValue;
            if (rdfType >= 0 && typeRank.Count > 0)
            {
                foreach (var t in graph.MatchIdTriples(s, rdfType, -1))
                {
                    rank = Math.Min(rank, typeRank.GetValueOrDefault(t.O, int.MaxValue));
                }
            }

            iriSubjects.Add((rank, renderer.IriName(s), s));
        }

        iriSubjects.Sort((x, y) =>
        {
            var c = x.Rank.CompareTo(y.Rank);
            return c != 0 ? c : NaturalOrder.Instance.Compare(x.Name, y.Name);
        });

        var ordered = iriSubjects.ConvertAll(s => s.Id);
        ordered.AddRange(blanks.LabelledSubjects);
        return ordered;
    }

    // Blocks of blank nodes that are never objects have no name to sort by: sort them by their text.
    private static List<string> AnonymousBlocks(TurtleBlockRenderer renderer, BlankNodePlan blanks)
    {
        var blocks = new List<string>();
        foreach (var subject in blanks.AnonymousSubjects)
        {
            var sb = new StringBuilder();
            renderer.AppendSubjectBlock(sb, subject);
            blocks.Add(sb.ToString());
        }

        blocks.Sort(StringComparer.Ordinal);
        return blocks;
    }
}
