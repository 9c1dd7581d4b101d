using ToekomstZorg.Semantics.Fhir.Export;
using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Rdf.Terms;

namespace ToekomstZorg.Semantics.Server.Snapshots.Internal;

/// <summary>Reads the concept properties of VOCAB-DESIGN.md that the export model leaves out.</summary>
internal static class ConceptDetailsReader
{
    private const string Skos = "http://www.w3.org/2004/02/skos/core#";
    private static readonly Iri HiddenLabel = new(Skos + "hiddenLabel");
    private static readonly Iri ScopeNote = new(Skos + "scopeNote");
    private static readonly Iri EditorialNote = new(Skos + "editorialNote");
    private static readonly Iri Source = new("http://purl.org/dc/terms/source");
    private static readonly Iri IsReplacedBy = new("http://purl.org/dc/terms/isReplacedBy");

    public static Dictionary<string, ConceptDetails> Read(RdfGraph graph, ExportVocabulary model)
    {
        var details = new Dictionary<string, ConceptDetails>(StringComparer.Ordinal);
        foreach (var scheme in model.Schemes)
        {
            foreach (var concept in scheme.Concepts)
            {
                var iri = new Iri(concept.Iri);
                details[concept.Iri] = new ConceptDetails(
                    Texts(graph, iri, HiddenLabel),
                    Texts(graph, iri, ScopeNote),
                    Texts(graph, iri, EditorialNote),
                    graph.Match(iri, Source).Select(t => t.Object switch
                    {
                        Iri value => value.Value,
                        Literal value => value.LexicalForm,
                        _ => null,
                    }).OfType<string>().Order(StringComparer.Ordinal).ToArray(),
                    graph.Match(iri, IsReplacedBy).Select(t => t.Object).OfType<Iri>().Select(i => i.Value).ToArray());
            }
        }

        return details;
    }

    private static (string Language, string Text)[] Texts(RdfGraph graph, Iri subject, Iri predicate) =>
        graph.Match(subject, predicate).Select(t => t.Object).OfType<Literal>()
            .Select(l => (l.Language ?? string.Empty, l.LexicalForm))
            .OrderBy(l => l.Item1, StringComparer.Ordinal).ThenBy(l => l.LexicalForm, StringComparer.Ordinal)
            .ToArray();
}
