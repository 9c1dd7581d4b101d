using ToekomstZorg.Semantics.Grpc.Server;
using ToekomstZorg.Semantics.Grpc.Tests.Echo;

namespace ToekomstZorg.Semantics.Grpc.Tests.Fixtures;

/// <summary>A service behind a bearer token.</summary>
public sealed class SecuredService
{
    public Task<EchoReply> Ping(EchoRequest request, ServerCallContext context) =>
        Task.FromResult(new EchoReply { Text = "pong " + request.Text });
}
