namespace ToekomstZorg.Semantics.Rdf.Graph.Internal;

/// <summary>
/// The offsets of a stable counting sort on integer keys, made without a second (cursor) array: a graph of a million
/// triples sorts its triples by subject, predicate and object, and each cursor array would be as long as the graph has
/// terms.
/// </summary>
/// <remarks>
/// The caller counts key k at <c>offsets[k + 2]</c> (the array is two longer than the number of keys), calls
/// <see cref="Accumulate"/>, then places each item at <c>offsets[k + 1]++</c> in input order. Accumulating makes
/// <c>offsets[k + 1]</c> the start of key k; placing advances it to the end of key k, which is the start of key k + 1.
/// Afterwards key k's items are <c>[offsets[k], offsets[k + 1])</c>, in input order.
/// </remarks>
internal static class CountingSort
{
    /// <summary>Turns the counts (key k at <c>offsets[k + 2]</c>) into running totals.</summary>
    public static void Accumulate(int[] offsets)
    {
        for (var k = 1; k < offsets.Length; k++)
        {
            offsets[k] += offsets[k - 1];
        }
    }
}
