using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace ToekomstZorg.Semantics.Rdf.Graph.Internal;

/// <summary>
/// An append-only set of byte strings, each given a dense id in insertion order. Open addressing over
/// the ids; keys live in pages of up to 1 MB, so looking up a key that is already there allocates nothing and
/// growing never copies the key bytes. The first page is small and each next one twice the size: a graph of a few
/// triples (a concept's description, made per request and per exported file) must not cost a 1 MB array on the large
/// object heap, whose allocations trigger full collections of a heap that holds a whole vocabulary.
/// </summary>
internal sealed class Utf8KeyTable
{
    private const int FirstPageSize = 4 * 1024;
    private const int PageSize = 1 << 20;

    private readonly List<byte[]> _pages = [];
    private int _pageUsed;
    private Entry[] _entries = new Entry[256];
    private int[] _buckets = new int[512]; // id + 1; 0 = empty
    private int _count;

    public int Count => _count;

    /// <summary>The id of <paramref name="key"/>, or -1.</summary>
    public int Find(ReadOnlySpan<byte> key)
    {
        var hash = Hash(key);
        var mask = _buckets.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            var slot = _buckets[i];
            if (slot == 0)
            {
                return -1;
            }

            ref readonly var entry = ref _entries[slot - 1];
            if (entry.Hash == hash && KeyOf(entry).SequenceEqual(key))
            {
                return slot - 1;
            }
        }
    }

    /// <summary>The id of <paramref name="key"/>, adding it when it is new.</summary>
    public int GetOrAdd(ReadOnlySpan<byte> key, out bool added) => GetOrAdd(key, Hash(key), out added);

    /// <summary>The id of <paramref name="key"/>, whose <see cref="Hash"/> is <paramref name="hash"/>, adding it when it is new.</summary>
    public int GetOrAdd(ReadOnlySpan<byte> key, int hash, out bool added)
    {
        var mask = _buckets.Length - 1;
        var i = hash & mask;
        for (; ; i = (i + 1) & mask)
        {
            var slot = _buckets[i];
            if (slot == 0)
            {
                break;
            }

            ref readonly var entry = ref _entries[slot - 1];
            if (entry.Hash == hash && KeyOf(entry).SequenceEqual(key))
            {
                added = false;
                return slot - 1;
            }
        }

        var id = _count;
        if (id == _entries.Length)
        {
            Array.Resize(ref _entries, _entries.Length * 2);
        }

        _entries[id] = Store(key, hash);
        _count++;
        _buckets[i] = id + 1;
        if (_count * 2 > _buckets.Length)
        {
            Rehash();
        }

        added = true;
        return id;
    }

    public ReadOnlySpan<byte> KeyOf(int id) => KeyOf(_entries[id]);

    /// <summary>
    /// Starts loading the bucket a key of this hash is looked up in: a table of millions of keys is far larger than the
    /// cache, so each lookup otherwise waits for memory. A hint only; a rehash in between makes it useless, not wrong.
    /// </summary>
    public unsafe void Prefetch(int hash)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref _buckets[hash & (_buckets.Length - 1)]));
        }
    }

    // A 64-bit multiply-rotate hash over 8-byte words (the shape of wyhash/xxh3's inner loop, simplified);
    // keys are IRIs that share long prefixes, so every byte must reach every output bit.
    internal static int Hash(ReadOnlySpan<byte> key)
    {
        const ulong K1 = 0x9E3779B97F4A7C15;
        const ulong K2 = 0xC2B2AE3D27D4EB4F;
        var h = K1 ^ (ulong)key.Length;
        var i = 0;
        for (; i + 8 <= key.Length; i += 8)
        {
            var word = MemoryMarshal.Read<ulong>(key[i..]);
            h = BitOperations.RotateLeft((h ^ word) * K2, 29) * K1;
        }

        ulong tail = 0;
        for (var shift = 0; i < key.Length; i++, shift += 8)
        {
            tail |= (ulong)key[i] << shift;
        }

        h = (h ^ tail) * K2;
        h ^= h >> 32;
        h *= K1;
        h ^= h >> 29;
        return (int)h & int.MaxValue;
    }

    private ReadOnlySpan<byte> KeyOf(in Entry entry) => new(_pages[entry.Page], entry.Offset, entry.Length);

    private Entry Store(ReadOnlySpan<byte> key, int hash)
    {
        if (_pages.Count == 0 || key.Length > _pages[^1].Length - _pageUsed)
        {
            var size = _pages.Count == 0 ? FirstPageSize : Math.Min(PageSize, _pages[^1].Length * 2);
            _pages.Add(new byte[Math.Max(size, key.Length)]);
            _pageUsed = 0;
        }

        var page = _pages.Count - 1;
        key.CopyTo(_pages[page].AsSpan(_pageUsed));
        var entry = new Entry(page, _pageUsed, key.Length, hash);
        _pageUsed += key.Length;
        return entry;
    }

    /// <summary>Makes room for this many keys in all, so that adding them neither copies the entries nor rehashes.</summary>
    public void EnsureCapacity(int keys)
    {
        if (keys > _entries.Length)
        {
            Array.Resize(ref _entries, keys);
        }

        var buckets = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(512, 2 * keys + 1));
        if (buckets > _buckets.Length)
        {
            Rehash(buckets);
        }
    }

    private void Rehash() => Rehash(_buckets.Length * 2);

    private void Rehash(int size)
    {
        var buckets = new int[size];
        var mask = buckets.Length - 1;
        for (var id = 0; id < _count; id++)
        {
            var i = _entries[id].Hash & mask;
            while (buckets[i] != 0)
            {
                i = (i + 1) & mask;
            }

            buckets[i] = id + 1;
        }

        _buckets = buckets;
    }

    private readonly record struct Entry(int Page, int Offset, int Length, int Hash);
}
