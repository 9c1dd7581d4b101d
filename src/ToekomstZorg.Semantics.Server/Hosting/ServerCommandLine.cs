namespace ToekomstZorg.Semantics.Server.Hosting;

/// <summary>The server's command line switches, mapped onto the <c>Tzsem</c> configuration section.</summary>
public static class ServerCommandLine
{
    /// <summary>Switch to configuration key.</summary>
    public static IReadOnlyDictionary<string, string> SwitchMappings { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["--vocab"] = "Tzsem:Vocab",
        ["--grpc-port"] = "Tzsem:GrpcPort",
        ["--http-port"] = "Tzsem:HttpPort",
        ["--address"] = "Tzsem:Address",
        ["--tls-cert"] = "Tzsem:TlsCertificate",
        ["--tls-key"] = "Tzsem:TlsKey",
        ["--watch"] = "Tzsem:Watch",
    };

    /// <summary>The text of <c>--help</c>.</summary>
    public const string Usage = """
        ToekomstZorg Semantics server: the gRPC TerminologyService and FhirTranslationService, and the FHIR terminology
        REST facade (base /fhir), over the Turtle vocabulary in vocab/ (reloaded on every edit).

        Usage: dotnet run --project src/ToekomstZorg.Semantics.Server -- [options]

          --vocab DIR        vocabulary directory (default: the repository's vocab/)
          --grpc-port N      gRPC port, HTTP/2 (default 5080; 0 = any free port)
          --http-port N      HTTP port, HTTP/1.1, FHIR REST at /fhir (default 5081; 0 = any free port)
          --address IP       address to bind (default 127.0.0.1)
          --tls-cert FILE    PEM certificate; with --tls-key both ports use TLS (ALPN h2 + http/1.1),
          --tls-key FILE     and --grpc-port may equal --http-port
          --watch BOOL       reload the vocabulary on edits (default true)
          --help             this text

        The same settings in appsettings.json (section "Tzsem") or environment variables: Tzsem__Vocab, Tzsem__GrpcPort,
        Tzsem__HttpPort, Tzsem__Address, Tzsem__TlsCertificate, Tzsem__TlsKey, Tzsem__Watch, Tzsem__ReloadDebounceMilliseconds,
        Tzsem__ShutdownTimeoutSeconds, Tzsem__MaxResourceBytes, and Tzsem__BearerTokens__<grpc service full name>=TOKEN
        to require "authorization: Bearer TOKEN" on a gRPC service. Precedence: command line > environment > appsettings.json.
        """;

    /// <summary>Whether the arguments ask for help.</summary>
    public static bool WantsHelp(IEnumerable<string> args) => args.Any(a => a is "--help" or "-h" or "-?");
}
