using System.Diagnostics;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using ToekomstZorg.Semantics.Contracts.V1;
using ToekomstZorg.Semantics.FunctionalTests.Support;
using ReflectionV1 = Grpc.Reflection.V1;
using ReflectionV1Alpha = Grpc.Reflection.V1Alpha;

namespace ToekomstZorg.Semantics.FunctionalTests.Grpc;

/// <summary>
/// The protocol checks of <see cref="ProtocolInteropTests"/> again with grpc-dotnet's own client (Grpc.Net.Client and the
/// generated clients): deadlines, cancellation, the receive limit, gzip, unknown methods, health, reflection.
/// </summary>
public sealed class GrpcNetClientProtocolTests(FunctionalServer server) : IClassFixture<FunctionalServer>, IDisposable
{
    private readonly GrpcChannel _channel = GrpcChannel.ForAddress(server.Endpoints.Grpc);

    private TerminologyService.TerminologyServiceClient Terminology => new(_channel);

    public void Dispose() => _channel.Dispose();

    [Fact]
    public async Task WatchVocabulary_DeadlinePasses_CurrentVersionThenDeadlineExceeded()
    {
        var events = new List<VocabularyEvent>();
        using var call = Terminology.WatchVocabulary(new WatchVocabularyRequest(), deadline: DateTime.UtcNow.AddMilliseconds(500));

        var act = async () =>
        {
            await foreach (var e in call.ResponseStream.ReadAllAsync())
            {
                events.Add(e);
            }
        };

        (await act.Should().ThrowAsync<RpcException>()).Which.StatusCode.Should().Be(StatusCode.DeadlineExceeded);
        events.Should().ContainSingle().Which.VocabularyVersion.Should().Be(server.Vocabulary.Current.Version);
    }

    [Fact]
    public async Task WatchVocabulary_CallerCancels_CancelledAndTheServerKeepsServing()
    {
        using var cancellation = new CancellationTokenSource();
        using var call = Terminology.WatchVocabulary(new WatchVocabularyRequest(), cancellationToken: cancellation.Token);
        (await call.ResponseStream.MoveNext(CancellationToken.None)).Should().BeTrue();

        await cancellation.CancelAsync();
        var act = () => call.ResponseStream.MoveNext(CancellationToken.None);

        (await act.Should().ThrowAsync<RpcException>()).Which.StatusCode.Should().Be(StatusCode.Cancelled);
        (await Terminology.ListSchemesAsync(new ListSchemesRequest())).Schemes.Should().NotBeEmpty();
    }

    [Fact]
    public async Task Translate_RequestOverFourMebibytes_ResourceExhausted()
    {
        var request = new TranslateRequest { System = "kern", Code = new string('a', 5 * 1024 * 1024), TargetSystem = "kern" };

        var act = async () => await Terminology.TranslateAsync(request);

        (await act.Should().ThrowAsync<RpcException>()).Which.StatusCode.Should().Be(StatusCode.ResourceExhausted);
    }

    [Fact]
    public async Task ListSchemes_RequestCompressedWithGzip_Answered()
    {
        // grpc-dotnet's client compresses the request with the algorithm this metadata names.
        var headers = new Metadata { { "grpc-internal-encoding-request", "gzip" } };

        var response = await Terminology.ListSchemesAsync(new ListSchemesRequest(), headers);

        response.VocabularyVersion.Should().Be(server.Vocabulary.Current.Version);
    }

    [Theory]
    [InlineData("toekomstzorg.semantics.v1.TerminologyService", "Nope")]
    [InlineData("toekomstzorg.semantics.v1.NoSuchService", "Lookup")]
    public async Task UnknownMethod_Unimplemented(string service, string name)
    {
        var method = new Method<LookupRequest, LookupResponse>(
            MethodType.Unary, service, name, Marshallers.Create(r => r.ToByteArray(), LookupRequest.Parser.ParseFrom), Marshallers.Create(r => r.ToByteArray(), LookupResponse.Parser.ParseFrom));

        var act = async () => await _channel.CreateCallInvoker().AsyncUnaryCall(method, null, new CallOptions(), new LookupRequest());

        (await act.Should().ThrowAsync<RpcException>()).Which.StatusCode.Should().Be(StatusCode.Unimplemented);
    }

    [Theory]
    [InlineData("")]
    [InlineData(Services.Terminology)]
    [InlineData(Services.FhirTranslation)]
    public async Task HealthCheck_ServerAndEachService_Serving(string service)
    {
        var response = await new Health.HealthClient(_channel).CheckAsync(new HealthCheckRequest { Service = service });

        response.Status.Should().Be(HealthCheckResponse.Types.ServingStatus.Serving);
    }

    [Fact]
    public async Task HealthCheck_UnknownService_NotFound()
    {
        var act = async () => await new Health.HealthClient(_channel).CheckAsync(new HealthCheckRequest { Service = "bestaat.niet" });

        (await act.Should().ThrowAsync<RpcException>()).Which.StatusCode.Should().Be(StatusCode.NotFound);
    }

    [Fact]
    public async Task ReflectionV1_ListServicesAndFileContainingSymbol_NameAndDescribeOurServices()
    {
        using var call = new ReflectionV1.ServerReflection.ServerReflectionClient(_channel).ServerReflectionInfo();
        await call.RequestStream.WriteAsync(new ReflectionV1.ServerReflectionRequest { ListServices = string.Empty });
        await call.RequestStream.WriteAsync(new ReflectionV1.ServerReflectionRequest { FileContainingSymbol = Services.Terminology });
        await call.RequestStream.CompleteAsync();
        var responses = await call.ResponseStream.ReadAllAsync().ToListAsync();

        responses[0].ListServicesResponse.Service.Select(s => s.Name).Should().Contain([Services.Terminology, Services.FhirTranslation, Services.Health]);
        var file = Google.Protobuf.Reflection.FileDescriptorProto.Parser.ParseFrom(responses[1].FileDescriptorResponse.FileDescriptorProto[0]);
        file.Service.Select(s => s.Name).Should().Contain("TerminologyService");
    }

    [Fact]
    public async Task ReflectionV1Alpha_ListServices_NamesOurServices()
    {
        using var call = new ReflectionV1Alpha.ServerReflection.ServerReflectionClient(_channel).ServerReflectionInfo();
        await call.RequestStream.WriteAsync(new ReflectionV1Alpha.ServerReflectionRequest { ListServices = string.Empty });
        await call.RequestStream.CompleteAsync();
        var responses = await call.ResponseStream.ReadAllAsync().ToListAsync();

        responses.Single().ListServicesResponse.Service.Select(s => s.Name).Should().Contain([Services.Terminology, Services.FhirTranslation]);
    }

    [Fact]
    public async Task Lookup_OverHttp11OnTheHttpPort_FailsWithAClearStatusNotAHang()
    {
        // Plain gRPC needs HTTP/2; the HTTP/1.1 port serves gRPC-Web (GrpcWebTests), not application/grpc.
        using var http11 = GrpcChannel.ForAddress(server.Endpoints.Http, new GrpcChannelOptions
        {
            HttpHandler = new SocketsHttpHandler(),
            HttpVersion = new Version(1, 1),
            HttpVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        });
        var clock = Stopwatch.StartNew();

        var act = async () => await new TerminologyService.TerminologyServiceClient(http11).LookupAsync(new LookupRequest { System = "ggz", Code = "dubbeldiagnose" });

        (await act.Should().ThrowAsync<RpcException>()).Which.StatusCode.Should().NotBe(StatusCode.OK);
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
    }
}
