using System.Text;
using ToekomstZorg.Semantics.Rdf.Graph.Internal;

namespace ToekomstZorg.Semantics.Rdf.Tests.Graph;

public sealed class Utf8KeyTableTests
{
    [Fact]
    public void GetOrAdd_KeysOverManyGrowingPages_EachKeepsItsIdAndBytes()
    {
        var table = new Utf8KeyTable();
        // Keys from 1 byte to over the largest page (1 MB), so keys land in every page size and one needs a page of its own.
        var keys = Enumerable.Range(0, 3000).Select(i => Key(i, 1 + (i * 37 % 2000))).ToList();
        keys.Add(Key(-1, (1 << 20) + 17));
        keys.Add(Key(-2, 5));

        var ids = keys.Select(k => table.GetOrAdd(k, out _)).ToList();

        ids.Should().Equal(Enumerable.Range(0, keys.Count));
        for (var i = 0; i < keys.Count; i++)
        {
            table.KeyOf(i).ToArray().Should().Equal(keys[i]);
            table.Find(keys[i]).Should().Be(i);
            table.GetOrAdd(keys[i], out var added).Should().Be(i);
            added.Should().BeFalse();
        }

        table.Find("absent"u8).Should().Be(-1);
    }

    [Fact]
    public void GetOrAdd_AFewKeys_AllocatesNoLargePage()
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var table = new Utf8KeyTable();
        for (var i = 0; i < 20; i++)
        {
            table.GetOrAdd(Key(i, 60), out _);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // A concept's description is a graph of a few dozen terms, made per request: it must not cost a 1 MB page
        // on the large object heap (85 000 bytes and up).
        allocated.Should().BeLessThan(85_000);
    }

    private static byte[] Key(int seed, int length)
    {
        var prefix = Encoding.UTF8.GetBytes($"k{seed}:");
        var key = new byte[Math.Max(length, prefix.Length)];
        prefix.CopyTo(key, 0);
        for (var i = prefix.Length; i < key.Length; i++)
        {
            key[i] = (byte)('a' + ((seed * 31 + i) & 15));
        }

        return key;
    }
}
