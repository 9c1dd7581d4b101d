using System.Text;
using ToekomstZorg.Semantics.Rdf.Syntax;
using ToekomstZorg.Semantics.Rdf.Terms;

namespace ToekomstZorg.Semantics.Rdf.Graph.Internal;

/// <summary>
/// Dictionary encoding of a graph's terms: each distinct RDF term gets an int id. A term's key is
/// a tag byte, its UTF-8 value and, for literals, 0xFF (never part of UTF-8) and the datatype IRI or
/// the lower-cased language tag, so term equality (RDF 1.1 Concepts §3.3, tags case-insensitive) is
/// byte equality of keys. <see cref="RdfTerm"/> objects are only made when asked for, and cached.
/// </summary>
internal sealed class TermDictionary
{
    private const byte IriTag = (byte)'I';
    private const byte BlankNodeTag = (byte)'B';
    private const byte StringTag = (byte)'S';
    private const byte LanguageTag = (byte)'L';
    private const byte TypedTag = (byte)'T';
    private const byte Separator = 0xFF;

    private readonly Utf8KeyTable _keys = new();
    private byte[] _scratch = new byte[512];
    private byte[] _encoded = new byte[512];
    private RdfTerm?[] _materialised = new RdfTerm?[256];

    // Language tags as first written, when that differs from the lower-cased key.
    private readonly Dictionary<int, string> _languageSpelling = [];

    public int Count => _keys.Count;

    public int GetOrAdd(scoped in TermRef term) => term.Kind switch
    {
        RdfTermKind.Iri => GetOrAdd(IriTag, term.Value),
        RdfTermKind.BlankNode => GetOrAdd(BlankNodeTag, term.Value),
        RdfTermKind.Literal => GetOrAddLiteral(term.Value, term.Datatype, term.Language),
        _ => throw new ArgumentException($"Unknown term kind {term.Kind}.", nameof(term)),
    };

    public int GetOrAddIri(ReadOnlySpan<byte> iri) => GetOrAdd(IriTag, iri);

    public int GetOrAddBlankNode(ReadOnlySpan<byte> label) => GetOrAdd(BlankNodeTag, label);

    public int FindBlankNode(ReadOnlySpan<byte> label) => _keys.Find(Compose(BlankNodeTag, label, default, default));

    public int GetOrAdd(RdfTerm term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var id = _keys.GetOrAdd(Compose(term), out var added);
        if (added)
        {
            Remember(id, term);
        }

        return id;
    }

    /// <summary>The id of a term, or -1 when the graph has never seen it.</summary>
    public int Find(RdfTerm term) => _keys.Find(Compose(term));

    public RdfTermKind KindOf(int id) => _keys.KeyOf(id)[0] switch
    {
        IriTag => RdfTermKind.Iri,
        BlankNodeTag => RdfTermKind.BlankNode,
        _ => RdfTermKind.Literal,
    };

    /// <summary>The IRI, blank-node label or lexical form of a term, as UTF-8.</summary>
    public ReadOnlySpan<byte> ValueOf(int id)
    {
        var key = _keys.KeyOf(id)[1..];
        var end = key.IndexOf(Separator);
        return end < 0 ? key : key[..end];
    }

    public RdfTerm Get(int id)
    {
        if (id < _materialised.Length && _materialised[id] is { } cached)
        {
            return cached;
        }

        var term = Materialise(id);
        Remember(id, term);
        return term;
    }

    /// <summary>The term for an id, without caching a newly made object (for one-pass writers).</summary>
    public RdfTerm Peek(int id) => id < _materialised.Length && _materialised[id] is { } cached ? cached : Materialise(id);

    private int GetOrAdd(byte tag, ReadOnlySpan<byte> value) => _keys.GetOrAdd(Compose(tag, value, default, default), out _);

    private int GetOrAddLiteral(ReadOnlySpan<byte> lexicalForm, ReadOnlySpan<byte> datatype, ReadOnlySpan<byte> language)
    {
        if (!language.IsEmpty)
        {
            var id = _keys.GetOrAdd(Compose(LanguageTag, lexicalForm, language, lowerCase: true), out var added);
            if (added && language.ContainsAnyInRange((byte)'A', (byte)'Z'))
            {
                _languageSpelling[id] = Encoding.UTF8.GetString(language);
            }

            return id;
        }

        return datatype.IsEmpty || datatype.SequenceEqual(NTriplesFormat.XsdStringUtf8)
            ? GetOrAdd(StringTag, lexicalForm)
            : _keys.GetOrAdd(Compose(TypedTag, lexicalForm, datatype, lowerCase: false), out _);
    }

    private ReadOnlySpan<byte> Compose(RdfTerm term)
    {
        switch (term)
        {
            case Iri iri:
                return Compose(IriTag, Encode(iri.Value, null, out _), default, false);
            case BlankNode blank:
                return Compose(BlankNodeTag, Encode(blank.Label, null, out _), default, false);
            case Literal literal when literal.Language is not null:
                return Compose(LanguageTag, Encode(literal.LexicalForm, literal.Language, out var language), language, true);
            case Literal literal when NTriplesFormat.IsXsdString(literal.Datatype):
                return Compose(StringTag, Encode(literal.LexicalForm, null, out _), default, false);
            case Literal literal:
                return Compose(TypedTag, Encode(literal.LexicalForm, literal.Datatype.Value, out var datatype), datatype, false);
            default:
                throw new ArgumentException($"Unknown term type {term.GetType()}.", nameof(term));
        }
    }

    // Encodes a term's strings into _encoded, which Compose then copies into _scratch.
    private ReadOnlySpan<byte> Encode(string value, string? suffix, out ReadOnlySpan<byte> encodedSuffix)
    {
        var size = Encoding.UTF8.GetMaxByteCount(value.Length) + (suffix is null ? 0 : Encoding.UTF8.GetMaxByteCount(suffix.Length));
        if (_encoded.Length < size)
        {
            _encoded = new byte[Math.Max(size, _encoded.Length * 2)];
        }

        var length = Encoding.UTF8.GetBytes(value, _encoded);
        encodedSuffix = suffix is null
            ? default
            : _encoded.AsSpan(length, Encoding.UTF8.GetBytes(suffix, _encoded.AsSpan(length)));
        return _encoded.AsSpan(0, length);
    }

    private ReadOnlySpan<byte> Compose(byte tag, ReadOnlySpan<byte> value, ReadOnlySpan<byte> suffix, bool lowerCase)
    {
        var length = 1 + value.Length + (suffix.IsEmpty ? 0 : 1 + suffix.Length);
        if (_scratch.Length < length)
        {
            _scratch = new byte[Math.Max(length, _scratch.Length * 2)];
        }

        var key = _scratch.AsSpan(0, length);
        key[0] = tag;
        value.CopyTo(key[1..]);
        if (!suffix.IsEmpty)
        {
            key[1 + value.Length] = Separator;
            var tail = key[(2 + value.Length)..];
            suffix.CopyTo(tail);
            if (lowerCase)
            {
                for (var i = 0; i < tail.Length; i++)
                {
                    if (tail[i] is >= (byte)'A' and <= (byte)'Z')
                    {
                        tail[i] |= 0x20;
                    }
                }
            }
        }

        return key;
    }

    private RdfTerm Materialise(int id)
    {
        var key = _keys.KeyOf(id);
        var body = key[1..];
        switch (key[0])
        {
            case IriTag:
                return new Iri(Encoding.UTF8.GetString(body));
            case BlankNodeTag:
                return new BlankNode(Encoding.UTF8.GetString(body));
            case StringTag:
                return new Literal(Encoding.UTF8.GetString(body));
        }

        var separator = body.LastIndexOf(Separator);
        var lexical = Encoding.UTF8.GetString(body[..separator]);
        var suffix = body[(separator + 1)..];
        if (key[0] == LanguageTag)
        {
            var language = _languageSpelling.TryGetValue(id, out var spelling) ? spelling : Encoding.UTF8.GetString(suffix);
            return new Literal(lexical, language: language);
        }

        var datatypeId = _keys.Find(Compose(IriTag, suffix, default, false));
        var datatype = datatypeId >= 0 ? (Iri)Get(datatypeId) : new Iri(Encoding.UTF8.GetString(suffix));
        return new Literal(lexical, datatype);
    }

    private void Remember(int id, RdfTerm term)
    {
        if (id >= _materialised.Length)
        {
            Array.Resize(ref _materialised, Math.Max(id + 1, _materialised.Length * 2));
        }

        _materialised[id] = term;
    }
}
