namespace ToekomstZorg.Semantics.Rdf.Graph.Internal;

/// <summary>The 64-bit mixing function colour signatures are built from.</summary>
internal static class ColourHash
{
    // SplitMix64 finaliser: every input bit affects every output bit.
    public static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
