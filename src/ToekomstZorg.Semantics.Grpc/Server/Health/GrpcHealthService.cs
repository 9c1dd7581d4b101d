using System.Threading.Channels;
using ToekomstZorg.Semantics.Grpc.Health.V1;
using ServingStatus = ToekomstZorg.Semantics.Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace ToekomstZorg.Semantics.Grpc.Server.Health;

/// <summary>
/// <c>grpc.health.v1.Health</c> (grpc/doc/health-checking.md): the overall server (<c>""</c>) is SERVING from the
/// start; hosts set the status of each service with <see cref="SetStatus"/>, and on shutdown end the Watch streams
/// with <see cref="EndWatches"/> after setting NOT_SERVING, so watchers learn it and the server need not wait for them.
/// </summary>
public sealed class GrpcHealthService
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, ServingStatus> _statuses = new(StringComparer.Ordinal) { [string.Empty] = ServingStatus.Serving };
    private readonly List<(string Service, Channel<ServingStatus> Channel)> _watchers = [];
    private bool _watchesEnded;

    /// <summary>Sets the status of a service (<c>""</c> = the whole server) and tells its watchers.</summary>
    public void SetStatus(string service, ServingStatus status)
    {
        ArgumentNullException.ThrowIfNull(service);
        lock (_lock)
        {
            _statuses[service] = status;
            foreach (var (watched, channel) in _watchers)
            {
                if (watched == service)
                {
                    channel.Writer.TryWrite(status);
                }
            }
        }
    }

    /// <summary>
    /// Ends every Watch stream with OK once the statuses set so far have been sent (graceful shutdown: a watcher sees
    /// NOT_SERVING, then the end of its stream). A Watch that starts afterwards gets the current status and ends.
    /// </summary>
    public void EndWatches()
    {
        lock (_lock)
        {
            _watchesEnded = true;
            foreach (var (_, channel) in _watchers)
            {
                channel.Writer.TryComplete();
            }
        }
    }

    /// <summary>The status of a service (<c>""</c> = the whole server); SERVICE_UNKNOWN for one never registered.</summary>
    public ServingStatus StatusOf(string service)
    {
        ArgumentNullException.ThrowIfNull(service);
        lock (_lock)
        {
            return _statuses.GetValueOrDefault(service, ServingStatus.ServiceUnknown);
        }
    }

    /// <summary>The Check RPC: NOT_FOUND for a service that was never registered.</summary>
    public Task<HealthCheckResponse> Check(HealthCheckRequest request, ServerCallContext context)
    {
        lock (_lock)
        {
            return _statuses.TryGetValue(request.Service, out var status)
                ? Task.FromResult(new HealthCheckResponse { Status = status })
                : throw new RpcException(StatusCode.NotFound, $"Unknown service '{request.Service}'.");
        }
    }

    /// <summary>The Watch RPC: the current status at once, then each change, until the caller leaves or <see cref="EndWatches"/>.</summary>
    public async Task Watch(HealthCheckRequest request, IServerStreamWriter<HealthCheckResponse> responses, ServerCallContext context)
    {
        var channel = Channel.CreateUnbounded<ServingStatus>(new UnboundedChannelOptions { SingleReader = true });
        lock (_lock)
        {
            channel.Writer.TryWrite(_statuses.GetValueOrDefault(request.Service, ServingStatus.ServiceUnknown));
            if (_watchesEnded)
            {
                channel.Writer.TryComplete();
            }
            else
            {
                _watchers.Add((request.Service, channel));
            }
        }

        try
        {
            ServingStatus? last = null;
            await foreach (var status in channel.Reader.ReadAllAsync(context.CancellationToken).ConfigureAwait(false))
            {
                if (status != last)
                {
                    await responses.WriteAsync(new HealthCheckResponse { Status = status }, context.CancellationToken).ConfigureAwait(false);
                    last = status;
                }
            }
        }
        finally
        {
            lock (_lock)
            {
                _watchers.RemoveAll(w => w.Channel == channel);
            }
        }
    }
}
