using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using Grpc.Net.Client.Web;
using ToekomstZorg.Semantics.Contracts.V1;
using ToekomstZorg.Semantics.FunctionalTests.Support;

namespace ToekomstZorg.Semantics.FunctionalTests.Grpc;

/// <summary>
/// gRPC-Web on the HTTP/1.1 port, as a browser application calls it: through Grpc.Net.Client.Web's
/// <see cref="GrpcWebHandler"/> in both modes, and as raw HTTP/1.1 requests framed by hand (gRPC-Web protocol,
/// grpc/doc/PROTOCOL-WEB.md: length-prefixed messages, then a trailer frame flagged 0x80; base64 for -text).
/// </summary>
public sealed class GrpcWebTests(FunctionalServer server) : IClassFixture<FunctionalServer>
{
    private const string LookupPath = "/toekomstzorg.semantics.v1.TerminologyService/Lookup";

    [Theory]
    [InlineData(GrpcWebMode.GrpcWeb)]
    [InlineData(GrpcWebMode.GrpcWebText)]
    public async Task Lookup_GrpcWebHandlerOverHttp11_ReturnsTheConcept(GrpcWebMode mode)
    {
        using var channel = WebChannel(mode);

        var response = await new TerminologyService.TerminologyServiceClient(channel).LookupAsync(new LookupRequest { System = "ggz", Code = "dubbeldiagnose" });

        response.Concept.Code.Should().Be("dubbeldiagnose");
        response.VocabularyVersion.Should().Be(server.Vocabulary.Current.Version);
    }

    [Fact]
    public async Task Expand_GrpcWebTextServerStreaming_StreamsTheConcepts()
    {
        using var channel = WebChannel(GrpcWebMode.GrpcWebText);
        var client = new TerminologyService.TerminologyServiceClient(channel);
        var schemes = await client.ListSchemesAsync(new ListSchemesRequest());
        var ggz = schemes.Schemes.Single(s => s.Key == "ggz");

        using var call = client.Expand(new ExpandRequest { System = "ggz", IncludeDeprecated = true });
        var codes = await call.ResponseStream.ReadAllAsync().Select(c => c.Code).ToListAsync();

        codes.Should().HaveCount(ggz.ConceptCount).And.Contain("dubbeldiagnose");
    }

    [Fact]
    public async Task Lookup_UnknownCodeOverGrpcWeb_NotFoundNamingTheCode()
    {
        using var channel = WebChannel(GrpcWebMode.GrpcWeb);

        var act = async () => await new TerminologyService.TerminologyServiceClient(channel).LookupAsync(new LookupRequest { System = "ggz", Code = "bestaat-niet" });

        var thrown = (await act.Should().ThrowAsync<RpcException>()).Which;
        thrown.StatusCode.Should().Be(StatusCode.NotFound);
        thrown.Status.Detail.Should().Contain("bestaat-niet");
    }

    [Fact]
    public async Task Preflight_NoOriginsConfigured_AnswersWithoutCorsHeaders()
    {
        using var http = new HttpClient();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, new Uri(server.Endpoints.Http, LookupPath));
        preflight.Headers.Add("Origin", "http://localhost:3000");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");

        using var response = await http.SendAsync(preflight);

        response.Headers.Contains("Access-Control-Allow-Origin").Should().BeFalse("cross-origin access is off unless Tzsem:CorsOrigins is set");
    }

    [Fact]
    public async Task Lookup_RawHttp11GrpcWebRequest_MessageFrameThenTrailerFrameWithStatusOk()
    {
        using var http = new HttpClient();
        using var request = RawRequest(GrpcWebFrames.Frame(0x00, new LookupRequest { System = "ggz", Code = "dubbeldiagnose" }.ToByteArray()), "application/grpc-web+proto");

        using var response = await http.SendAsync(request);
        var frames = GrpcWebFrames.Read(await response.Content.ReadAsByteArrayAsync());

        response.Version.Should().Be(HttpVersion.Version11);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().StartWith("application/grpc-web");
        frames.Should().HaveCount(2);
        frames[0].Flag.Should().Be(0x00);
        LookupResponse.Parser.ParseFrom(frames[0].Payload).Concept.Code.Should().Be("dubbeldiagnose");
        frames[1].Flag.Should().Be(0x80, "the trailers travel in the body, flagged 0x80");
        Encoding.ASCII.GetString(frames[1].Payload).Should().MatchRegex(@"(?m)^grpc-status: ?0\r$");
    }

    [Fact]
    public async Task Lookup_RawHttp11GrpcWebTextRequest_Base64AnswerWithTheConcept()
    {
        using var http = new HttpClient();
        var body = Encoding.ASCII.GetBytes(Convert.ToBase64String(GrpcWebFrames.Frame(0x00, new LookupRequest { System = "ggz", Code = "dubbeldiagnose" }.ToByteArray())));
        using var request = RawRequest(body, "application/grpc-web-text");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/grpc-web-text"));

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var frames = GrpcWebFrames.Read(GrpcWebFrames.DecodeText(text));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/grpc-web-text");
        LookupResponse.Parser.ParseFrom(frames[0].Payload).Concept.Code.Should().Be("dubbeldiagnose");
        Encoding.ASCII.GetString(frames[^1].Payload).Should().MatchRegex(@"(?m)^grpc-status: ?0\r$");
    }

    private GrpcChannel WebChannel(GrpcWebMode mode) => GrpcChannel.ForAddress(server.Endpoints.Http, new GrpcChannelOptions
    {
        HttpHandler = new GrpcWebHandler(mode, new HttpClientHandler()),
        HttpVersion = HttpVersion.Version11,
        HttpVersionPolicy = HttpVersionPolicy.RequestVersionExact,
    });

    private HttpRequestMessage RawRequest(byte[] body, string contentType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server.Endpoints.Http, LookupPath))
        {
            Version = HttpVersion.Version11,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = content,
        };
        request.Headers.Add("x-grpc-web", "1");
        return request;
    }
}
