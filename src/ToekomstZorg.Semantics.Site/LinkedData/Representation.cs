namespace ToekomstZorg.Semantics.Site.LinkedData;

/// <summary>The representations a concept, scheme or the vocabulary is served in.</summary>
public enum Representation
{
    /// <summary>The HTML page (<c>text/html</c>, <c>.html</c>).</summary>
    Html,
    /// <summary>Turtle (<c>text/turtle</c>, <c>.ttl</c>).</summary>
    Turtle,
    /// <summary>N-Triples (<c>application/n-triples</c>, <c>.nt</c>).</summary>
    NTriples,
    /// <summary>JSON-LD 1.1 (<c>application/ld+json</c>, <c>.jsonld</c>).</summary>
    JsonLd,
}
