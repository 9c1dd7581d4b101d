using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ToekomstZorg.Semantics.FunctionalTests.Support;

namespace ToekomstZorg.Semantics.FunctionalTests.Grpc;

/// <summary>TLS from PEM files: python3-grpcio reaches the gRPC services over TLS (ALPN h2) on the one port that also serves the REST facade.</summary>
public sealed class TlsInteropTests : IAsyncLifetime
{
    private static readonly string Pem = Directory.CreateTempSubdirectory("tz-tls-").FullName;
    private readonly FunctionalServer _server;
    private readonly int _port;

    public TlsInteropTests()
    {
        _port = FreePort();
        WriteSelfSignedPem();
        var port = _port.ToString(CultureInfo.InvariantCulture);
        _server = new FunctionalServer(new Dictionary<string, string?>
        {
            ["Tzsem:TlsCertificate"] = Path.Combine(Pem, "cert.pem"),
            ["Tzsem:TlsKey"] = Path.Combine(Pem, "key.pem"),
            ["Tzsem:GrpcPort"] = port,
            ["Tzsem:HttpPort"] = port,
        });
    }

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task GrpcOverTls_AndRestOnTheSamePort_BothServe()
    {
        var grpc = await PythonGrpc.RunAsync($"127.0.0.1:{_port}", "unary", Services.Terminology, "ListSchemes", "{}", "--tls", Path.Combine(Pem, "cert.pem"));
        using var handler = new SocketsHttpHandler { SslOptions = { RemoteCertificateValidationCallback = (_, _, _, _) => true } };
        using var http = new HttpClient(handler);
        using var rest = await http.GetAsync($"https://127.0.0.1:{_port}/fhir/metadata");

        grpc.Status.Should().Be("OK", grpc.ToString());
        grpc.Message.GetProperty("vocabulary_version").GetString().Should().Be(_server.Vocabulary.Current.Version);
        rest.StatusCode.Should().Be(HttpStatusCode.OK);
        rest.Version.Should().Be(HttpVersion.Version11);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void WriteSelfSignedPem()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        File.WriteAllText(Path.Combine(Pem, "cert.pem"), certificate.ExportCertificatePem());
        File.WriteAllText(Path.Combine(Pem, "key.pem"), rsa.ExportPkcs8PrivateKeyPem());
    }
}
