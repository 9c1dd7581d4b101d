using System.Text.Json;
using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Rdf.Terms;

namespace ToekomstZorg.Semantics.Site.LinkedData.Internal;

/// <summary>
/// Writes a graph as a JSON-LD 1.1 document (no JSON-LD library restores here, so this is ours): the published context
/// by reference, and one node object per subject in <c>@graph</c>. Node and object IRIs are absolute; property keys
/// are compact IRIs the context expands; <c>rdf:type</c> becomes <c>@type</c>; a literal is a value object with
/// <c>@language</c> or <c>@type</c> (none for <c>xsd:string</c>); blank nodes keep their labels as <c>_:</c> identifiers.
/// Expanding the document gives exactly the graph's triples (JSON-LD 1.1 API §9, Deserialize JSON-LD to RDF).
/// </summary>
internal static class JsonLdWriter
{
    private const string RdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    private const string XsdString = "http://www.w3.org/2001/XMLSchema#string";
    private const int FlushThreshold = 64 * 1024;

    public static void Write(RdfGraph graph, JsonLdContext context, string contextReference, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("@context", contextReference);
        json.WriteStartArray("@graph");
        foreach (var subject in graph.Triples.GroupBy(t => t.Subject).OrderBy(g => Key(g.Key), StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("@id", Id(subject.Key));
            var types = subject.Where(t => t.Predicate.Value == RdfType).Select(t => t.Object).ToList();
            if (types.Count > 0 && types.All(t => t is Iri or BlankNode))
            {
                json.WriteStartArray("@type");
                foreach (var type in types)
                {
                    json.WriteStringValue(Id(type));
                }

                json.WriteEndArray();
            }

            foreach (var property in subject
                         .Where(t => t.Predicate.Value != RdfType || !types.All(o => o is Iri or BlankNode))
                         .GroupBy(t => t.Predicate.Value)
                         .OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                json.WriteStartArray(context.CompactKey(property.Key));
                foreach (var triple in property)
                {
                    WriteObject(json, triple.Object);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
            if (json.BytesPending > FlushThreshold)
            {
                // Utf8JsonWriter keeps everything in one growing buffer until it is flushed: the whole vocabulary
                // (120 MB at 100k concepts) would be copied again at each doubling.
                json.Flush();
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void WriteObject(Utf8JsonWriter json, RdfTerm term)
    {
        json.WriteStartObject();
        if (term is Literal literal)
        {
            json.WriteString("@value", literal.LexicalForm);
            if (literal.Language is { Length: > 0 } language)
            {
                json.WriteString("@language", language);
            }
            else if (literal.Datatype.Value != XsdString)
            {
                json.WriteString("@type", literal.Datatype.Value);
            }
        }
        else
        {
            json.WriteString("@id", Id(term));
        }

        json.WriteEndObject();
    }

    private static string Id(RdfTerm term) => term switch
    {
        Iri iri => iri.Value,
        BlankNode blank => "_:" + blank.Label,
        _ => throw new ArgumentException("A literal cannot be a node identifier.", nameof(term)),
    };

    private static string Key(RdfTerm term) => term is BlankNode b ? "~" + b.Label : Id(term);
}
