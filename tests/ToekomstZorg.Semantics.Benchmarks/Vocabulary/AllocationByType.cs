using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;

namespace ToekomstZorg.Semantics.Benchmarks.Vocabulary;

/// <summary>
/// Counts the runtime's allocation samples (<c>GCAllocationTick</c>: one event about every 100 KB allocated, naming
/// the type whose allocation crossed the mark) by type, so a load's allocation can be attributed without a profiler.
/// A sample stands for about 100 KB of that type; the shares, not the byte counts, are the reliable part.
/// </summary>
internal sealed class AllocationByType : EventListener
{
    private const int AllocationTickEvent = 10;
    private readonly ConcurrentDictionary<string, long> _bytes = new(StringComparer.Ordinal);
    private volatile bool _counting;

    public void Start() => _counting = true;

    public void Stop() => _counting = false;

    public void Print(int top)
    {
        var total = _bytes.Values.Sum();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"allocation samples by type ({total >> 20} MB sampled):"));
        foreach (var (type, bytes) in _bytes.OrderByDescending(p => p.Value).Take(top))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {bytes >> 20,6} MB {100.0 * bytes / Math.Max(1, total),5:F1}%  {type}"));
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!_counting || eventData.EventId != AllocationTickEvent || eventData.Payload is null)
        {
            return;
        }

        var type = eventData.PayloadNames!.IndexOf("TypeName") is var t and >= 0 ? eventData.Payload[t] as string ?? "?" : "?";
        var amount = eventData.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(eventData.Payload[a], CultureInfo.InvariantCulture) : 100_000;
        _bytes.AddOrUpdate(type, amount, (_, old) => old + amount);
    }
}
