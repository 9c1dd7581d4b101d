using ToekomstZorg.Semantics.Rdf.Syntax.Internal;
using System.Runtime.InteropServices;

namespace ToekomstZorg.Semantics.Rdf.Turtle.Internal;

/// <summary>The prefix map of one document, looked up by the UTF-8 bytes of the prefix without allocating.</summary>
internal sealed class PrefixTable
{
    private readonly Dictionary<byte[], byte[]> _namespaces = new(ByteSequenceComparer.Instance);
    private readonly Dictionary<byte[], byte[]>.AlternateLookup<ReadOnlySpan<byte>> _lookup;

    public PrefixTable() => _lookup = _namespaces.GetAlternateLookup<ReadOnlySpan<byte>>();

    public void Set(ReadOnlySpan<byte> prefix, ReadOnlySpan<byte> namespaceIri)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_lookup, prefix, out _);
        slot = namespaceIri.ToArray();
    }

    public bool TryGet(ReadOnlySpan<byte> prefix, out byte[] namespaceIri) =>
        _lookup.TryGetValue(prefix, out namespaceIri!);
}
