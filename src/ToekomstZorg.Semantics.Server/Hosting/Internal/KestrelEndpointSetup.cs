using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace ToekomstZorg.Semantics.Server.Hosting.Internal;

/// <summary>
/// The two Kestrel endpoints. Cleartext: gRPC on an HTTP/2-only port (h2c with prior knowledge, which Kestrel cannot
/// offer next to HTTP/1.1 on one cleartext port) and the REST facade on an HTTP/1.1 port. With TLS both endpoints speak
/// HTTP/1.1 and HTTP/2 (chosen by ALPN, RFC 7301), so one port can serve everything.
/// </summary>
internal static class KestrelEndpointSetup
{
    public static X509Certificate2? LoadCertificate(TerminologyServerOptions options)
    {
        if (!options.UsesTls)
        {
            return null;
        }

        try
        {
            return X509Certificate2.CreateFromPemFile(options.TlsCertificate!, options.TlsKey);
        }
        catch (Exception e) when (e is IOException or CryptographicException or UnauthorizedAccessException)
        {
            throw new ServerConfigurationException($"TLS certificate '{options.TlsCertificate}' with key '{options.TlsKey}' cannot be loaded: {e.Message}");
        }
    }

    public static void Configure(KestrelServerOptions kestrel, TerminologyServerOptions options, X509Certificate2? certificate, ServerEndpoints endpoints)
    {
        var address = IPAddress.Parse(options.Address);
        kestrel.AddServerHeader = false;
        if (certificate is not null && options.GrpcPort == options.HttpPort && options.GrpcPort != 0)
        {
            kestrel.Listen(address, options.GrpcPort, listen =>
            {
                listen.Protocols = HttpProtocols.Http1AndHttp2;
                listen.UseHttps(certificate);
                endpoints.SetGrpc(listen, tls: true);
                endpoints.SetHttp(listen);
            });
            return;
        }

        kestrel.Listen(address, options.GrpcPort, listen =>
        {
            listen.Protocols = certificate is null ? HttpProtocols.Http2 : HttpProtocols.Http1AndHttp2;
            if (certificate is not null)
            {
                listen.UseHttps(certificate);
            }

            endpoints.SetGrpc(listen, certificate is not null);
        });
        kestrel.Listen(address, options.HttpPort, listen =>
        {
            listen.Protocols = certificate is null ? HttpProtocols.Http1 : HttpProtocols.Http1AndHttp2;
            if (certificate is not null)
            {
                listen.UseHttps(certificate);
            }

            endpoints.SetHttp(listen);
        });
    }
}
