using System.Buffers;
using System.Diagnostics.CodeAnalysis;
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
    private byte[] _scratch = new byte[512]; // for adding only: the graph is single-writer
    private RdfTerm?[] _materialised = new RdfTerm?[256];
    private readonly Lock _materialisedLock = new();

    // Language tags as first written, when that differs from the lower-cased key.
    private readonly Dictionary<int, string> _languageSpelling = [];

    // The lower-cased language tags made so far: a vocabulary has a million literals in a handful of languages, and each
    // of them shares one tag string. Copied on add, so readers on other threads scan an array that never changes.
    private const int MaxSharedLanguages = 64;
    private readonly Lock _languagesLock = new();
    private string[] _languages = [];

    public int Count => _keys.Count;

    /// <summary>Makes room for this many terms in all.</summary>
    public void EnsureCapacity(int terms) => _keys.EnsureCapacity(terms);

    public int GetOrAdd(scoped in TermRef term)
    {
        var key = Compose(in term);
        return GetOrAdd(in term, key, Utf8KeyTable.Hash(key));
    }

    /// <summary>
    /// <see cref="GetOrAdd(in TermRef)"/> with the term's hash already known (<see cref="HashOf"/>), e.g. because it was
    /// computed ahead to <see cref="Prefetch"/> the table slot it falls in.
    /// </summary>
    public int GetOrAdd(scoped in TermRef term, int hash) => GetOrAdd(in term, Compose(in term), hash);

    /// <summary>The hash under which a term is (or would be) kept.</summary>
    public int HashOf(scoped in TermRef term) => Utf8KeyTable.Hash(Compose(in term));

    /// <summary>Starts fetching the table slot of a hash into the cache, so that a lookup a little later does not wait for it.</summary>
    public void Prefetch(int hash) => _keys.Prefetch(hash);

    public int GetOrAddIri(ReadOnlySpan<byte> iri) => GetOrAdd(IriTag, iri);

    public int GetOrAddBlankNode(ReadOnlySpan<byte> label) => GetOrAdd(BlankNodeTag, label);

    public int FindBlankNode(ReadOnlySpan<byte> label) => _keys.Find(Compose(BlankNodeTag, label, default, default));

    public int GetOrAdd(RdfTerm term)
    {
        ArgumentNullException.ThrowIfNull(term);
        EnsureScratch(MaxKeyLength(term));
        var id = _keys.GetOrAdd(_scratch.AsSpan(0, ComposeInto(_scratch, term)), out var added);
        if (added)
        {
            Remember(id, term);
            if (term is Literal { Language: null } literal && !NTriplesFormat.IsXsdString(literal.Datatype))
            {
                GetOrAdd(literal.Datatype);
            }
        }

        return id;
    }

    /// <summary>The id of a term, or -1 when the graph has never seen it.</summary>
    public int Find(RdfTerm term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var buffer = ArrayPool<byte>.Shared.Rent(MaxKeyLength(term));
        try
        {
            return _keys.Find(buffer.AsSpan(0, ComposeInto(buffer, term)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

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

    /// <summary>
    /// The lexical form and language tag (null without one) of a literal, as strings, without making and caching a
    /// <see cref="Literal"/>; false for an IRI or blank node.
    /// </summary>
    public bool TryGetLiteralText(int id, [NotNullWhen(true)] out string? lexicalForm, out string? language)
    {
        if (id < _materialised.Length && _materialised[id] is { } cached)
        {
            (lexicalForm, language) = cached is Literal literal ? (literal.LexicalForm, literal.Language) : (null, null);
            return lexicalForm is not null;
        }

        var key = _keys.KeyOf(id);
        var body = key[1..];
        switch (key[0])
        {
            case StringTag:
                (lexicalForm, language) = (Encoding.UTF8.GetString(body), null);
                return true;
            case LanguageTag:
            case TypedTag:
                var separator = body.LastIndexOf(Separator);
                lexicalForm = Encoding.UTF8.GetString(body[..separator]);
                language = key[0] != LanguageTag ? null : LanguageOf(id, body[(separator + 1)..]);
                return true;
            default:
                (lexicalForm, language) = (null, null);
                return false;
        }
    }

    /// <summary>
    /// Whether the id is a literal, and if so its language tag (as written; null without one), without decoding its
    /// lexical form: a reader that keeps the text for later (<see cref="StoredLiteral"/>) needs only the tag now.
    /// </summary>
    public bool TryGetLiteralLanguage(int id, out string? language)
    {
        if (id < _materialised.Length && _materialised[id] is { } cached)
        {
            language = (cached as Literal)?.Language;
            return cached is Literal;
        }

        var key = _keys.KeyOf(id);
        switch (key[0])
        {
            case StringTag:
            case TypedTag:
                language = null;
                return true;
            case LanguageTag:
                var body = key[1..];
                language = LanguageOf(id, body[(body.LastIndexOf(Separator) + 1)..]);
                return true;
            default:
                language = null;
                return false;
        }
    }

    /// <summary>The term for an id, without caching a newly made object (for one-pass writers).</summary>
    public RdfTerm Peek(int id) => id < _materialised.Length && _materialised[id] is { } cached ? cached : Materialise(id);

    private int GetOrAdd(byte tag, ReadOnlySpan<byte> value) => _keys.GetOrAdd(Compose(tag, value, default, default), out _);

    private int GetOrAdd(scoped in TermRef term, ReadOnlySpan<byte> key, int hash)
    {
        var id = _keys.GetOrAdd(key, hash, out var added);
        if (added && term.Kind == RdfTermKind.Literal)
        {
            if (!term.Language.IsEmpty)
            {
                if (term.Language.ContainsAnyInRange((byte)'A', (byte)'Z'))
                {
                    _languageSpelling[id] = Encoding.UTF8.GetString(term.Language);
                }
            }
            else if (key[0] == TypedTag)
            {
                GetOrAddIri(term.Datatype);
            }
        }

        return id;
    }

    // The key of a term as a reader gives it, in the scratch buffer: a plain literal and one typed xsd:string are the same
    // term, and a language tag is kept lower-cased.
    private ReadOnlySpan<byte> Compose(scoped in TermRef term) => term.Kind switch
    {
        RdfTermKind.Iri => Compose(IriTag, term.Value, default, lowerCase: false),
        RdfTermKind.BlankNode => Compose(BlankNodeTag, term.Value, default, lowerCase: false),
        RdfTermKind.Literal when !term.Language.IsEmpty => Compose(LanguageTag, term.Value, term.Language, lowerCase: true),
        RdfTermKind.Literal when term.Datatype.IsEmpty || term.Datatype.SequenceEqual(NTriplesFormat.XsdStringUtf8) =>
            Compose(StringTag, term.Value, default, lowerCase: false),
        RdfTermKind.Literal => Compose(TypedTag, term.Value, term.Datatype, lowerCase: false),
        _ => throw new ArgumentException($"Unknown term kind {term.Kind}.", nameof(term)),
    };

    // The key of an API term, written into a caller's buffer (lookups may run on several threads at once).
    private static int ComposeInto(Span<byte> key, RdfTerm term)
    {
        var (tag, value, suffix) = term switch
        {
            Iri iri => (IriTag, iri.Value, null),
            BlankNode blank => (BlankNodeTag, blank.Label, null),
            Literal { Language: { } language } literal => (LanguageTag, literal.LexicalForm, language),
            Literal literal when NTriplesFormat.IsXsdString(literal.Datatype) => (StringTag, literal.LexicalForm, null),
            Literal literal => (TypedTag, literal.LexicalForm, literal.Datatype.Value),
            _ => throw new ArgumentException($"Unknown term type {term.GetType()}.", nameof(term)),
        };
        key[0] = tag;
        var length = 1 + Encoding.UTF8.GetBytes(value, key[1..]);
        if (suffix is not null)
        {
            key[length++] = Separator;
            var suffixLength = Encoding.UTF8.GetBytes(suffix, key[length..]);
            if (tag == LanguageTag)
            {
                LowerCaseAscii(key.Slice(length, suffixLength));
            }

            length += suffixLength;
        }

        return length;
    }

    private static int MaxKeyLength(RdfTerm term) => 2 + term switch
    {
        Iri iri => Encoding.UTF8.GetMaxByteCount(iri.Value.Length),
        BlankNode blank => Encoding.UTF8.GetMaxByteCount(blank.Label.Length),
        Literal literal => Encoding.UTF8.GetMaxByteCount(literal.LexicalForm.Length + (literal.Language ?? literal.Datatype.Value).Length),
        _ => 0,
    };

    private static void LowerCaseAscii(Span<byte> bytes)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] is >= (byte)'A' and <= (byte)'Z')
            {
                bytes[i] |= 0x20;
            }
        }
    }

    private ReadOnlySpan<byte> Compose(byte tag, ReadOnlySpan<byte> value, ReadOnlySpan<byte> suffix, bool lowerCase)
    {
        var length = 1 + value.Length + (suffix.IsEmpty ? 0 : 1 + suffix.Length);
        EnsureScratch(length);

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
                LowerCaseAscii(tail);
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
            var language = LanguageOf(id, suffix);
            return new Literal(lexical, language: language);
        }

        var datatype = (Iri)Get(DatatypeId(suffix));
        return new Literal(lexical, datatype);
    }

    // The language tag of a language-tagged literal: as first written when that differs from its lower-cased key.
    private string LanguageOf(int id, ReadOnlySpan<byte> lowerCased) =>
        _languageSpelling.TryGetValue(id, out var spelling) ? spelling : SharedLanguage(lowerCased);

    // A lower-cased tag (ASCII by the grammar of every syntax: [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*) as one shared string.

    private string SharedLanguage(ReadOnlySpan<byte> tag)
    {
        foreach (var known in Volatile.Read(ref _languages))
        {
            if (Ascii.Equals(tag, known))
            {
                return known;
            }
        }

        lock (_languagesLock)
        {
            foreach (var known in _languages)
            {
                if (Ascii.Equals(tag, known))
                {
                    return known;
                }
            }

            var language = Encoding.UTF8.GetString(tag);
            if (_languages.Length < MaxSharedLanguages)
            {
                Volatile.Write(ref _languages, [.. _languages, language]);
            }

            return language;
        }
    }

    // Every datatype IRI is interned when its literal is added, so the lookup always finds it.
    private int DatatypeId(ReadOnlySpan<byte> datatype)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(datatype.Length + 1);
        try
        {
            buffer[0] = IriTag;
            datatype.CopyTo(buffer.AsSpan(1));
            var id = _keys.Find(buffer.AsSpan(0, datatype.Length + 1));
            return id >= 0 ? id : throw new InvalidOperationException("A literal's datatype IRI is missing from the dictionary.");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void EnsureScratch(int length)
    {
        if (_scratch.Length < length)
        {
            _scratch = new byte[Math.Max(length, _scratch.Length * 2)];
        }
    }

    // Readers on several threads may cache terms at once (a loaded graph is read concurrently): the cache only grows,
    // under a lock, and a term written into an array that another thread has just replaced is merely made again later.
    private void Remember(int id, RdfTerm term)
    {
        var cache = _materialised;
        if (id >= cache.Length)
        {
            lock (_materialisedLock)
            {
                cache = _materialised;
                if (id >= cache.Length)
                {
                    Array.Resize(ref cache, Math.Max(id + 1, cache.Length * 2));
                    _materialised = cache;
                }
            }
        }

        cache[id] = term;
    }
}
