using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace ToekomstZorg.Semantics.Vocabulary.Search.Internal;

/// <summary>
/// Asks the processor for a text before it is read. The search index reads its labels in orders unrelated to where they
/// lie in memory (sorted, or concept by concept in code order): nearly every label is a cache miss, and waiting for each
/// in turn was most of the index's build time. Asking for the text of the label some places ahead lets those misses
/// overlap.
/// </summary>
internal static class TextPrefetch
{
    /// <summary>How many texts ahead of the one being read a pass asks for (enough for the misses to overlap).</summary>
    public const int Distance = 8;

    /// <summary>Asks for <c>texts[index]</c> (nothing past the end). A hint only: a text the collector has since moved is read correctly all the same.</summary>
    public static unsafe void Of(string[] texts, int index)
    {
        if (Sse.IsSupported && (uint)index < (uint)texts.Length)
        {
            // The reference itself is the text's address: reading it does not touch the text (as a null check would).
            Sse.Prefetch0((byte*)Unsafe.As<string, nint>(ref texts[index]) + sizeof(nint));
        }
    }
}
