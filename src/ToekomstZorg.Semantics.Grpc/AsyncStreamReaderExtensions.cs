using System.Runtime.CompilerServices;

namespace ToekomstZorg.Semantics.Grpc;

/// <summary>Reads a request stream with <c>await foreach</c>.</summary>
public static class AsyncStreamReaderExtensions
{
    /// <summary>All remaining messages of <paramref name="reader"/>.</summary>
    public static async IAsyncEnumerable<T> ReadAllAsync<T>(
        this IAsyncStreamReader<T> reader, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        while (await reader.MoveNext(cancellationToken).ConfigureAwait(false))
        {
            yield return reader.Current;
        }
    }
}
