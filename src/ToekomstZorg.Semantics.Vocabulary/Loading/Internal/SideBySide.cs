using System.Runtime.ExceptionServices;

namespace ToekomstZorg.Semantics.Vocabulary.Loading.Internal;

/// <summary>
/// Runs the parts of a load side by side: the first on the calling thread, each other one on a thread of its own.
/// Not on the thread pool: a server reloads while its pool serves requests, and a part queued behind a saturated pool
/// would wait for the pool to grow (half a second per thread) instead of running; a load makes a few threads at most,
/// which costs microseconds against its milliseconds. An exception comes out as it was thrown (the first part's
/// first), not wrapped.
/// </summary>
internal static class SideBySide
{
    public static void Run(params ReadOnlySpan<Action> parts)
    {
        if (parts.Length == 0)
        {
            return;
        }

        var others = new Task[parts.Length - 1];
        for (var i = 1; i < parts.Length; i++)
        {
            others[i - 1] = Task.Factory.StartNew(parts[i], CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        Exception? first = null;
        try
        {
            parts[0]();
        }
        catch (Exception e)
        {
            first = e;
        }

        foreach (var other in others)
        {
            try
            {
                other.Wait();
            }
            catch (AggregateException e)
            {
                first ??= e.InnerException ?? e;
            }
        }

        if (first is not null)
        {
            ExceptionDispatchInfo.Throw(first);
        }
    }
}
