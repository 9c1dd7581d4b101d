using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ToekomstZorg.Semantics.Server.Hosting;
using ToekomstZorg.Semantics.Server.Snapshots;
using ToekomstZorg.Semantics.Server.Tests.Support;

namespace ToekomstZorg.Semantics.Server.Tests.Hosting;

public sealed class TerminologyServerTests : IDisposable
{
    private readonly TestVocabulary _vocabulary = new();

    public void Dispose() => _vocabulary.Dispose();

    [Fact]
    public async Task Build_CommandLineSwitches_BindFreePortsAndTheDirectory()
    {
        var app = TerminologyServer.Build(["--vocab", _vocabulary.Directory, "--grpc-port", "0", "--http-port", "0", "--watch", "false"], Quiet);
        await app.StartAsync();
        try
        {
            var endpoints = app.Services.GetRequiredService<ServerEndpoints>();

            endpoints.Grpc.Port.Should().BeGreaterThan(0);
            endpoints.Http.Port.Should().BeGreaterThan(0).And.NotBe(endpoints.Grpc.Port);
            endpoints.Grpc.Host.Should().Be("127.0.0.1");
            app.Services.GetRequiredService<IVocabularySource>().Current.Directory.Should().Be(_vocabulary.Directory);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task GrpcPort_SpeaksHttp2PriorKnowledgeOnly_HttpPortSpeaksHttp11()
    {
        await using var server = await RunningServer.StartAsync(_vocabulary.Directory);
        using var client = new HttpClient();

        using var h2 = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(server.Endpoints.Grpc, "fhir/metadata"))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        });
        using var http11OnGrpcPort = await client.GetAsync(new Uri(server.Endpoints.Grpc, "fhir/metadata"));
        using var http11 = await client.GetAsync(new Uri(server.Endpoints.Http, "fhir/metadata"));

        h2.Version.Should().Be(HttpVersion.Version20);
        http11OnGrpcPort.StatusCode.Should().Be(HttpStatusCode.BadRequest, "Kestrel tells an HTTP/1.1 caller that the gRPC port is HTTP/2 only");
        http11.Version.Should().Be(HttpVersion.Version11);
        http11.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public void Build_MissingVocabularyDirectory_NamesIt()
    {
        var missing = Path.Combine(_vocabulary.Directory, "nope");

        var build = () => TerminologyServer.Build(["--vocab", missing], Quiet);

        build.Should().Throw<ServerConfigurationException>().WithMessage($"*{missing}*");
    }

    [Fact]
    public void Build_PortThatIsNotANumber_NamesTheSwitch()
    {
        var build = () => TerminologyServer.Build(["--vocab", _vocabulary.Directory, "--grpc-port", "abc"], Quiet);

        build.Should().Throw<ServerConfigurationException>().WithMessage("*--grpc-port*'abc'*whole number*");
    }

    [Fact]
    public void Build_NoVocabularyConfigured_FindsTheRepositoryVocab()
    {
        var app = TerminologyServer.Build([], configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Tzsem:Vocab"] = null,
            ["Tzsem:Watch"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        }));

        var directory = app.Services.GetRequiredService<IVocabularySource>().Current.Directory;

        directory.Should().Be(Path.Combine(RepositoryPaths.Root, "vocab"));
    }

    [Fact]
    public async Task Tls_OnePortServesHttp11AndHttp2ByAlpn()
    {
        var (certificate, key) = WriteSelfSignedPem();
        var port = FreePort();
        await using var server = await RunningServer.StartAsync(_vocabulary.Directory, settings: new Dictionary<string, string?>
        {
            ["Tzsem:TlsCertificate"] = certificate,
            ["Tzsem:TlsKey"] = key,
            ["Tzsem:GrpcPort"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Tzsem:HttpPort"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        using var handler = new SocketsHttpHandler { SslOptions = { RemoteCertificateValidationCallback = (_, _, _, _) => true } };
        using var client = new HttpClient(handler);

        using var h2 = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(server.Endpoints.Grpc, "fhir/metadata"))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        });
        using var http11 = await client.GetAsync(new Uri(server.Endpoints.Http, "fhir/metadata"));

        server.Endpoints.Grpc.Should().Be(server.Endpoints.Http);
        server.Endpoints.Grpc.Scheme.Should().Be("https");
        h2.Version.Should().Be(HttpVersion.Version20);
        h2.StatusCode.Should().Be(HttpStatusCode.OK);
        http11.Version.Should().Be(HttpVersion.Version11);
    }

    [Fact]
    public async Task Stop_RequestInFlight_IsDrainedNotDropped()
    {
        var server = await RunningServer.StartAsync(_vocabulary.Directory);
        var first = Encoding.UTF8.GetBytes("""{"resourceType":"Parameters","parameter":[{"name":"system","valueUri":"kern"},""");
        var second = Encoding.UTF8.GetBytes("""{"name":"code","valueCode":"overleg"}]}""");
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, server.Endpoints.Http.Port);
        var stream = tcp.GetStream();
        var head = $"POST /fhir/CodeSystem/$lookup HTTP/1.1\r\nHost: test\r\nContent-Type: application/fhir+json\r\nContent-Length: {first.Length + second.Length}\r\n\r\n";

        // A raw socket, so the request head and half the body are on the wire before the server is told to stop.
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head).Concat(first).ToArray());
        await Task.Delay(300);
        var stopping = server.App.StopAsync();
        await Task.Delay(300);
        var stoppedEarly = stopping.IsCompleted;
        await stream.WriteAsync(second);
        var response = await new StreamReader(stream, Encoding.UTF8).ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(10));
        await stopping.WaitAsync(TimeSpan.FromSeconds(10));

        stoppedEarly.Should().BeFalse("the call in flight holds the shutdown");
        response.Should().StartWith("HTTP/1.1 200 OK").And.Contain("Connection: close").And.Contain("\"display\",\"valueString\":\"overleg\"");
        await server.DisposeAsync();
    }

    [Fact]
    public async Task Stop_SetsEveryServiceNotServingInHealth()
    {
        var server = await RunningServer.StartAsync(_vocabulary.Directory);
        var health = server.App.Services.GetRequiredService<global::Grpc.HealthCheck.HealthServiceImpl>();
        var terminology = new global::Grpc.Health.V1.HealthCheckRequest { Service = "toekomstzorg.semantics.v1.TerminologyService" };
        var before = (await health.Check(terminology, null!)).Status;

        await server.App.StopAsync();
        var after = (await health.Check(terminology, null!)).Status;
        var overall = (await health.Check(new global::Grpc.Health.V1.HealthCheckRequest(), null!)).Status;
        await server.DisposeAsync();

        before.Should().Be(global::Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus.Serving);
        after.Should().Be(global::Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus.NotServing);
        overall.Should().Be(global::Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus.NotServing);
    }

    private static void Quiet(IConfigurationBuilder configuration) =>
        configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" });

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private (string Certificate, string Key) WriteSelfSignedPem()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        var certificatePath = Path.Combine(_vocabulary.Directory, "..", Path.GetFileName(_vocabulary.Directory) + "-cert.pem");
        var keyPath = Path.Combine(_vocabulary.Directory, "..", Path.GetFileName(_vocabulary.Directory) + "-key.pem");
        File.WriteAllText(certificatePath, certificate.ExportCertificatePem());
        File.WriteAllText(keyPath, rsa.ExportPkcs8PrivateKeyPem());
        return (certificatePath, keyPath);
    }
}
