using System.Text;
using System.Text.Json;
using ToekomstZorg.Semantics.Rdf.Graph;

namespace ToekomstZorg.Semantics.Site.LinkedData.Internal;

/// <summary>
/// The published JSON-LD 1.1 context (<c>/context.jsonld</c>): one prefix per namespace the vocabulary's files
/// declare (first declaration wins), plus the few the documents always use. Each prefix maps to an IRI ending in
/// <c>/</c> or <c>#</c>, so JSON-LD 1.1 expands compact IRIs (<c>skos:prefLabel</c>) with it (JSON-LD 1.1 §4.1.3,
/// the prefix flag).
/// </summary>
internal sealed class JsonLdContext
{
    private static readonly (string Prefix, string Iri)[] Always =
    [
        ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
        ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
        ("xsd", "http://www.w3.org/2001/XMLSchema#"),
        ("owl", "http://www.w3.org/2002/07/owl#"),
        ("skos", "http://www.w3.org/2004/02/skos/core#"),
        ("dct", "http://purl.org/dc/terms/"),
    ];

    private JsonLdContext(IReadOnlyList<(string Prefix, string Iri)> prefixes) => Prefixes = prefixes;

    /// <summary>Prefix and namespace IRI, in the order they are written.</summary>
    public IReadOnlyList<(string Prefix, string Iri)> Prefixes { get; }

    public static JsonLdContext For(RdfGraph graph)
    {
        var prefixes = new List<(string, string)>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var iris = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (prefix, iri) in Always.Concat(graph.Namespaces.Select(n => (n.Key, n.Value))))
        {
            // "" (the default prefix) and keyword-like names cannot be JSON-LD terms; namespaces not ending in a
            // gen-delim would not act as prefixes.
            if (prefix.Length == 0 || prefix.StartsWith('@') || prefix.Contains(':', StringComparison.Ordinal)
                || !(iri.EndsWith('/') || iri.EndsWith('#')) || !taken.Add(prefix) || !iris.Add(iri))
            {
                continue;
            }

            prefixes.Add((prefix, iri));
        }

        return new JsonLdContext(prefixes);
    }

    /// <summary>Compacts an IRI used as a property key to <c>prefix:local</c> when a prefix covers it and the local part is plain.</summary>
    public string CompactKey(string iri)
    {
        foreach (var (prefix, ns) in Prefixes)
        {
            if (iri.Length > ns.Length && iri.StartsWith(ns, StringComparison.Ordinal) && IsPlainLocal(iri.AsSpan(ns.Length)))
            {
                return prefix + ":" + iri[ns.Length..];
            }
        }

        return iri;
    }

    /// <summary>The context document.</summary>
    public byte[] Document()
    {
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartObject("@context");
            json.WriteNumber("@version", 1.1);
            foreach (var (prefix, iri) in Prefixes)
            {
                json.WriteString(prefix, iri);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        buffer.Write(Encoding.UTF8.GetBytes("\n"));
        return buffer.ToArray();
    }

    // A local part that cannot be mistaken for anything else after "prefix:" (no "//", no "#", no "?").
    private static bool IsPlainLocal(ReadOnlySpan<char> local)
    {
        foreach (var c in local)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            {
                return false;
            }
        }

        return local.Length > 0 && local[^1] != '.';
    }
}
