using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace ToekomstZorg.Semantics.Server.Hosting;

/// <summary>The addresses the server actually listens on (ports resolved when 0 was configured), known once it has started.</summary>
public sealed class ServerEndpoints
{
    private ListenOptions? _grpc;
    private ListenOptions? _http;

    /// <summary>Whether the endpoints use TLS.</summary>
    public bool UsesTls { get; private set; }

    /// <summary>The gRPC base address, e.g. <c>http://127.0.0.1:5080</c>.</summary>
    public Uri Grpc => Address(_grpc);

    /// <summary>The HTTP base address (the FHIR REST facade is at <c>/fhir</c>), e.g. <c>http://127.0.0.1:5081</c>.</summary>
    public Uri Http => Address(_http);

    internal void SetGrpc(ListenOptions options, bool tls)
    {
        _grpc = options;
        UsesTls = tls;
    }

    internal void SetHttp(ListenOptions options) => _http = options;

    private Uri Address(ListenOptions? options)
    {
        // Kestrel writes the bound end point back into the ListenOptions, so port 0 reads as the real port after start.
        var endPoint = options?.IPEndPoint ?? throw new InvalidOperationException("The server has not been configured yet.");
        if (endPoint.Port == 0)
        {
            throw new InvalidOperationException("The server has not started yet: the port is not bound.");
        }

        var host = endPoint.Address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{endPoint.Address}]" : endPoint.Address.ToString();
        if (endPoint.Address.Equals(IPAddress.Any))
        {
            host = "127.0.0.1";
        }

        return new Uri($"{(UsesTls ? "https" : "http")}://{host}:{endPoint.Port}");
    }
}
