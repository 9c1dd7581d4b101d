using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using ToekomstZorg.Semantics.Rdf.Syntax;

namespace ToekomstZorg.Semantics.Rdf.Graph.Internal;

/// <summary>
/// Splits loading a document over two threads: the reader's thread scans the text and queues what it finds in batches
/// (<see cref="ReaderEvents"/>), a thread of its own replays the batches, in order, into the target sink, which
/// interns the terms and adds the triples. Both halves cost about the same, so a large document loads in a little over
/// half the time on two cores. The first <see cref="DirectTriples"/> triples go straight to the target on the reader's
/// thread, so a document of fewer never starts the thread. The target sees exactly the calls it would have seen directly.
/// </summary>
internal sealed class PipelinedSink(GraphLoadSink target) : ITripleSink
{
    // One batch being filled, one being replayed and one ready: the reader waits only when it is two batches ahead.
    private const int Batches = 3;

    // Triples passed straight to the target, on the reader's thread, before batches are handed to a thread of its own:
    // for a document of a few thousand triples (a vocabulary file) copying them into batches, a thread and handing the
    // batches over cost more than they save (measured: reloading vocab/ took 10 ms more).
    private const int DirectTriples = 16 * 1024;

    // Made when needed: a document of a few triples (loaded per request) costs no batch and no queue.
    private BlockingCollection<ReaderEvents>? _filled;
    private BlockingCollection<ReaderEvents>? _free;
    private ReaderEvents? _current;
    private Thread? _replayer;
    private int _direct = DirectTriples;
    private ExceptionDispatchInfo? _fault;

    public void Triple(scoped in TermRef subject, scoped in TermRef predicate, scoped in TermRef @object, in TriplePosition position)
    {
        if (_direct > 0)
        {
            _direct--;
            target.Triple(in subject, in predicate, in @object, in position);
            return;
        }

        Queued().AddTriple(in subject, in predicate, in @object, in position);
        HandOnWhenFull();
    }

    public void Prefix(ReadOnlySpan<byte> name, ReadOnlySpan<byte> iri)
    {
        if (_direct > 0)
        {
            target.Prefix(name, iri);
            return;
        }

        Queued().AddPrefix(name, iri);
        HandOnWhenFull();
    }

    public void Base(ReadOnlySpan<byte> iri)
    {
        if (_direct > 0)
        {
            ((ITripleSink)target).Base(iri);
            return;
        }

        Queued().AddBase(iri);
        HandOnWhenFull();
    }

    /// <summary>
    /// Replays what is still queued and waits until the target has seen every event; call it also when the reader
    /// failed, so that what was read before the error reaches the target. Throws what the target threw, if it did.
    /// </summary>
    public void Complete()
    {
        if (_replayer is null)
        {
            if (_current is { Count: > 0 } rest)
            {
                target.Take(rest);
                rest.Clear();
            }

            return;
        }

        if (_current is { Count: > 0 })
        {
            _filled!.Add(_current);
        }

        _filled!.CompleteAdding();
        _replayer.Join();
        _fault?.Throw();
    }

    private ReaderEvents Queued() => _current ??= new ReaderEvents();

    private void HandOnWhenFull()
    {
        if (_current!.IsFull)
        {
            HandOn();
        }
    }

    private void HandOn()
    {
        if (_replayer is null)
        {
            (_filled, _free) = (new BlockingCollection<ReaderEvents>(Batches), new BlockingCollection<ReaderEvents>(Batches));
            for (var i = 1; i < Batches; i++)
            {
                _free.Add(new ReaderEvents());
            }

            _replayer = new Thread(Replay) { IsBackground = true, Name = "RDF load" };
            _replayer.Start();
        }

        _filled!.Add(_current!);
        _current = _free!.Take();
        Volatile.Read(ref _fault)?.Throw();
    }

    private void Replay()
    {
        var (filled, free) = (_filled!, _free!);
        foreach (var batch in filled.GetConsumingEnumerable())
        {
            if (Volatile.Read(ref _fault) is null)
            {
                try
                {
                    target.Take(batch);
                }
                catch (Exception e)
                {
                    Volatile.Write(ref _fault, ExceptionDispatchInfo.Capture(e));
                }
            }

            batch.Clear();
            free.Add(batch);
        }
    }
}
