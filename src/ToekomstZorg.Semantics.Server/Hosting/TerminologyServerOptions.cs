using System.Globalization;
using Microsoft.Extensions.Configuration;
using ToekomstZorg.Semantics.Fhir.Translation;

namespace ToekomstZorg.Semantics.Server.Hosting;

/// <summary>
/// The server's settings: configuration section <c>Tzsem</c> (appsettings.json, environment variables such as
/// <c>Tzsem__GrpcPort=0</c>, or the command line switches of <see cref="ServerCommandLine"/>).
/// </summary>
public sealed class TerminologyServerOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Tzsem";

    /// <summary>The vocabulary directory; unset = the repository's <c>vocab/</c> found from the content root.</summary>
    public string? Vocab { get; set; }

    /// <summary>The IP address both endpoints bind to (default loopback).</summary>
    public string Address { get; set; } = "127.0.0.1";

    /// <summary>The gRPC port (HTTP/2; cleartext h2c unless TLS is configured). 0 = any free port.</summary>
    public int GrpcPort { get; set; } = 5080;

    /// <summary>The HTTP port (HTTP/1.1: the FHIR REST facade). 0 = any free port. With TLS it may equal <see cref="GrpcPort"/>.</summary>
    public int HttpPort { get; set; } = 5081;

    /// <summary>PEM certificate file; with <see cref="TlsKey"/> both endpoints use TLS and negotiate h2/http1.1 by ALPN.</summary>
    public string? TlsCertificate { get; set; }

    /// <summary>PEM private key file of <see cref="TlsCertificate"/>.</summary>
    public string? TlsKey { get; set; }

    /// <summary>
    /// Services that require <c>authorization: Bearer TOKEN</c>: gRPC service full name → token (configuration
    /// <c>Tzsem:BearerTokens:toekomstzorg.semantics.v1.FhirTranslationService</c>). Empty = no token anywhere.
    /// </summary>
    public Dictionary<string, string> BearerTokens { get; } = new(StringComparer.Ordinal);

    /// <summary>JWT bearer tokens (<c>Tzsem:Jwt:Issuer</c>, <c>:Audience</c>, <c>:SigningKey</c>); unset = none.</summary>
    public JwtBearerSettings Jwt { get; } = new();

    /// <summary>
    /// Browser origins allowed to call the server from another origin (CORS: gRPC-Web, the REST/JSON routes, the FHIR
    /// facade and the site's JSON): <c>Tzsem:CorsOrigins:0</c> = <c>https://app.example</c>, or <c>*</c> for any origin.
    /// Empty = no cross-origin access (no CORS headers at all).
    /// </summary>
    public List<string> CorsOrigins { get; } = [];

    /// <summary>Whether edits of the vocabulary directory are reloaded while serving.</summary>
    public bool Watch { get; set; } = true;

    /// <summary>Quiet time after the last file change before a reload.</summary>
    public int ReloadDebounceMilliseconds { get; set; } = 200;

    /// <summary>How long a graceful shutdown waits for calls in flight.</summary>
    public int ShutdownTimeoutSeconds { get; set; } = 30;

    /// <summary>The largest FHIR resource accepted for translation (REST and gRPC).</summary>
    public int MaxResourceBytes { get; set; } = FhirTranslationOptions.DefaultMaxResourceBytes;

    /// <summary>Whether TLS is configured.</summary>
    public bool UsesTls => !string.IsNullOrWhiteSpace(TlsCertificate) || !string.IsNullOrWhiteSpace(TlsKey);

    /// <summary>
    /// Reads the settings from the <see cref="SectionName"/> section of <paramref name="configuration"/>. A value that is
    /// not of its setting's type (<c>--grpc-port abc</c>, <c>Tzsem__Watch=maybe</c>) is named with its setting and
    /// switch, not left to the binder's exception.
    /// </summary>
    /// <exception cref="ServerConfigurationException">A value is not a number or not true/false.</exception>
    public static TerminologyServerOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SectionName);
        foreach (var setting in typeof(TerminologyServerOptions).GetProperties().Where(p => p.CanWrite))
        {
            if (setting.PropertyType == typeof(int))
            {
                CheckType(section, setting.Name, "a whole number", value => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _));
            }
            else if (setting.PropertyType == typeof(bool))
            {
                CheckType(section, setting.Name, "true or false", value => bool.TryParse(value, out _));
            }
        }

        // Every setting that can fail to convert is checked above: the others are strings.
        var options = new TerminologyServerOptions();
        section.Bind(options);
        return options;
    }

    private static void CheckType(IConfigurationSection section, string name, string expected, Func<string, bool> parses)
    {
        var value = section[name];
        if (value is not null && !parses(value.Trim()))
        {
            var key = $"{SectionName}:{name}";
            var switchName = ServerCommandLine.SwitchMappings.FirstOrDefault(m => m.Value == key).Key;
            var named = switchName is null ? key : $"{key} ({switchName})";
            throw new ServerConfigurationException($"{named} '{value}' is not {expected}.");
        }
    }

    /// <summary>Checks the settings; the message names the setting that is wrong.</summary>
    /// <exception cref="ServerConfigurationException">A setting is out of range or incomplete.</exception>
    public void Validate()
    {
        CheckPort(nameof(GrpcPort), "--grpc-port", GrpcPort);
        CheckPort(nameof(HttpPort), "--http-port", HttpPort);
        if (!System.Net.IPAddress.TryParse(Address, out _))
        {
            throw new ServerConfigurationException($"Tzsem:Address (--address) '{Address}' is not an IP address.");
        }

        if (UsesTls && (string.IsNullOrWhiteSpace(TlsCertificate) || string.IsNullOrWhiteSpace(TlsKey)))
        {
            throw new ServerConfigurationException("TLS needs both Tzsem:TlsCertificate (--tls-cert) and Tzsem:TlsKey (--tls-key), PEM files.");
        }

        if (!UsesTls && GrpcPort == HttpPort && GrpcPort != 0)
        {
            throw new ServerConfigurationException(
                $"--grpc-port and --http-port are both {GrpcPort}: without TLS, HTTP/2 (gRPC) and HTTP/1.1 cannot share a port. Configure TLS or use two ports.");
        }

        if (ReloadDebounceMilliseconds is < 0 or > 60_000)
        {
            throw new ServerConfigurationException($"Tzsem:ReloadDebounceMilliseconds {ReloadDebounceMilliseconds} is not between 0 and 60000.");
        }

        if (MaxResourceBytes < 1024)
        {
            throw new ServerConfigurationException($"Tzsem:MaxResourceBytes {MaxResourceBytes} is below 1024.");
        }

        Jwt.Validate();
        foreach (var origin in CorsOrigins)
        {
            if (!IsOrigin(origin))
            {
                throw new ServerConfigurationException(
                    $"Tzsem:CorsOrigins '{origin}' is not an origin: give scheme, host and optional port, as 'https://app.example' or 'http://localhost:3000' (no path), or '*'.");
            }
        }

        if (ShutdownTimeoutSeconds < 0)
        {
            throw new ServerConfigurationException($"Tzsem:ShutdownTimeoutSeconds {ShutdownTimeoutSeconds} is negative.");
        }
    }

    // https://html.spec.whatwg.org/multipage/browsers.html#origin: what a browser sends in the Origin header.
    private static bool IsOrigin(string value) =>
        value == "*"
        || (Uri.TryCreate(value, UriKind.Absolute, out var uri)
            && uri.Scheme is "http" or "https"
            && uri.AbsolutePath == "/"
            && !value.EndsWith('/')
            && string.IsNullOrEmpty(uri.Query)
            && string.IsNullOrEmpty(uri.Fragment)
            && string.IsNullOrEmpty(uri.UserInfo));

    private static void CheckPort(string name, string option, int port)
    {
        if (port is < 0 or > 65535)
        {
            throw new ServerConfigurationException($"Tzsem:{name} ({option}) {port} is not a port number (0-65535; 0 = any free port).");
        }
    }
}
