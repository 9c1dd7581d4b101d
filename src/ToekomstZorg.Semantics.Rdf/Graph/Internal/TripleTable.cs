using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace ToekomstZorg.Semantics.Rdf.Graph.Internal;

/// <summary>
/// The set of triples as id tuples in insertion order (slots), with an open-addressing hash over the
/// slots for Add/Contains/Remove. Removal leaves a dead slot and a tombstone; <see cref="Compact"/>
/// squeezes them out when they pile up.
/// </summary>
internal sealed class TripleTable
{
    private const int Empty = 0;
    private const int Tombstone = -1;

    private TripleIds[] _slots = new TripleIds[256];
    private int[] _buckets = new int[512]; // slot + 1, Empty or Tombstone
    private int _slotCount;
    private int _used; // live + tombstones in _buckets

    public int Count { get; private set; }

    public int SlotCount => _slotCount;

    public int RemovedCount => _slotCount - Count;

    public ref readonly TripleIds this[int slot] => ref _slots[slot];

    /// <summary>Adds a triple; false when it was already there. <paramref name="slot"/> is its slot either way.</summary>
    public bool Add(TripleIds triple, out int slot)
    {
        var mask = _buckets.Length - 1;
        var firstTombstone = -1;
        var i = Hash(triple) & mask;
        for (; ; i = (i + 1) & mask)
        {
            var bucket = _buckets[i];
            if (bucket == Empty)
            {
                break;
            }

            if (bucket == Tombstone)
            {
                if (firstTombstone < 0)
                {
                    firstTombstone = i;
                }
            }
            else if (_slots[bucket - 1] == triple)
            {
                slot = bucket - 1;
                return false;
            }
        }

        if (_slotCount == _slots.Length)
        {
            Array.Resize(ref _slots, _slots.Length * 2);
        }

        slot = _slotCount++;
        _slots[slot] = triple;
        Count++;
        if (firstTombstone >= 0)
        {
            _buckets[firstTombstone] = slot + 1;
        }
        else
        {
            _buckets[i] = slot + 1;
            if (++_used * 2 > _buckets.Length)
            {
                Rehash(_buckets.Length * 2);
            }
        }

        return true;
    }

    /// <summary>Makes room for this many triples in all, so that adding them neither copies the slots nor rehashes.</summary>
    public void EnsureCapacity(int triples)
    {
        if (triples > _slots.Length)
        {
            Array.Resize(ref _slots, triples);
        }

        var buckets = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(512, 2 * triples + 1));
        if (buckets > _buckets.Length)
        {
            Rehash(buckets);
        }
    }

    /// <summary>Starts loading the bucket <see cref="Add"/> would look at first for this triple (a hint, see <see cref="Utf8KeyTable.Prefetch"/>).</summary>
    public unsafe void Prefetch(TripleIds triple)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref _buckets[Hash(triple) & (_buckets.Length - 1)]));
        }
    }

    /// <summary>The slot of a triple, or -1.</summary>
    public int Find(TripleIds triple)
    {
        var bucketIndex = FindBucket(triple);
        return bucketIndex < 0 ? -1 : _buckets[bucketIndex] - 1;
    }

    /// <summary>Removes a triple; <paramref name="slot"/> is the slot it had.</summary>
    public bool Remove(TripleIds triple, out int slot)
    {
        var bucketIndex = FindBucket(triple);
        if (bucketIndex < 0)
        {
            slot = -1;
            return false;
        }

        slot = _buckets[bucketIndex] - 1;
        _buckets[bucketIndex] = Tombstone;
        _slots[slot] = TripleIds.Removed;
        Count--;
        return true;
    }

    /// <summary>
    /// Moves live triples down over removed slots, keeping their order, and applies the same moves to
    /// <paramref name="parallel"/> (per-slot data such as sources).
    /// </summary>
    public void Compact<T>(T[]? parallel)
    {
        var to = 0;
        for (var from = 0; from < _slotCount; from++)
        {
            if (_slots[from].IsRemoved)
            {
                continue;
            }

            _slots[to] = _slots[from];
            if (parallel is not null)
            {
                parallel[to] = parallel[from];
            }

            to++;
        }

        Array.Clear(_slots, to, _slotCount - to);
        if (parallel is not null)
        {
            Array.Clear(parallel, to, Math.Min(parallel.Length, _slotCount) - to);
        }

        _slotCount = to;
        Rehash(_buckets.Length);
    }

    private int FindBucket(TripleIds triple)
    {
        var mask = _buckets.Length - 1;
        for (var i = Hash(triple) & mask; ; i = (i + 1) & mask)
        {
            var bucket = _buckets[i];
            if (bucket == Empty)
            {
                return -1;
            }

            if (bucket != Tombstone && _slots[bucket - 1] == triple)
            {
                return i;
            }
        }
    }

    private void Rehash(int size)
    {
        _buckets = new int[size];
        var mask = size - 1;
        _used = 0;
        for (var slot = 0; slot < _slotCount; slot++)
        {
            if (_slots[slot].IsRemoved)
            {
                continue;
            }

            var i = Hash(_slots[slot]) & mask;
            while (_buckets[i] != Empty)
            {
                i = (i + 1) & mask;
            }

            _buckets[i] = slot + 1;
            _used++;
        }
    }

    private static int Hash(TripleIds t)
    {
        var h = ((ulong)(uint)t.S * 0x9E3779B97F4A7C15) ^ ((ulong)(uint)t.P * 0xC2B2AE3D27D4EB4F) ^ BitOperations.RotateLeft((ulong)(uint)t.O * 0x165667B19E3779F9, 23);
        h ^= h >> 31;
        h *= 0xBF58476D1CE4E5B9;
        h ^= h >> 29;
        return (int)h & int.MaxValue;
    }
}
