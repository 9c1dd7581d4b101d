using ToekomstZorg.Semantics.Rdf.Terms;

namespace ToekomstZorg.Semantics.Rdf.Graph.Internal;

/// <summary>The last IRI or blank node seen in one triple position, with its id: a one-entry intern cache.</summary>
internal struct RecentTerm
{
    private byte[] _bytes;
    private int _length;
    private RdfTermKind _kind;
    private int _id;

    public RecentTerm()
    {
        _bytes = new byte[128];
        _length = -1;
    }

    public readonly bool TryGet(RdfTermKind kind, ReadOnlySpan<byte> value, out int id)
    {
        id = _id;
        return _length == value.Length && kind == _kind && value.SequenceEqual(_bytes.AsSpan(0, _length));
    }

    public int Set(RdfTermKind kind, ReadOnlySpan<byte> value, int id)
    {
        if (_bytes.Length < value.Length)
        {
            _bytes = new byte[Math.Max(value.Length, _bytes.Length * 2)];
        }

        value.CopyTo(_bytes);
        _length = value.Length;
        _kind = kind;
        _id = id;
        return id;
    }
}
