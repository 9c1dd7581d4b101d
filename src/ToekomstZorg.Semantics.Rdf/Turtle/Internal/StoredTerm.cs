using ToekomstZorg.Semantics.Rdf.Terms;
using ToekomstZorg.Semantics.Rdf.Syntax;

namespace ToekomstZorg.Semantics.Rdf.Turtle.Internal;

/// <summary>
/// A term the parser holds on to: its bytes live in the term arena (by offset), in a constant
/// array, or nowhere at all for a generated blank node (which is only a number until it is emitted).
/// </summary>
internal struct StoredTerm
{
    public RdfTermKind Kind;
    public byte[]? Constant;
    public int Start;
    public int Length;
    public long GeneratedId;
    public byte[]? DatatypeConstant;
    public int DatatypeStart;
    public int DatatypeLength;
    public int LanguageStart;
    public int LanguageLength;
    public TextPosition Position;

    public readonly bool IsNone => Kind == 0;

    public static StoredTerm InArena(RdfTermKind kind, int start, int length, TextPosition position) =>
        new() { Kind = kind, Start = start, Length = length, Position = position };

    public static StoredTerm Iri(byte[] constant, TextPosition position) =>
        new() { Kind = RdfTermKind.Iri, Constant = constant, Length = constant.Length, Position = position };

    public static StoredTerm Generated(long id, TextPosition position) =>
        new() { Kind = RdfTermKind.BlankNode, GeneratedId = id, Position = position };
}
