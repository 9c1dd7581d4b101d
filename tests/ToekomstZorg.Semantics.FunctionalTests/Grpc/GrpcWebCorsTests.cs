using System.Net;
using System.Text;
using System.Text.Json;
using Google.Protobuf;
using Microsoft.Playwright;
using ToekomstZorg.Semantics.Contracts.V1;
using ToekomstZorg.Semantics.FunctionalTests.Support;

namespace ToekomstZorg.Semantics.FunctionalTests.Grpc;

/// <summary>
/// A browser application on another origin calls the server (gRPC-Web, REST/JSON): headless chromium loads a page from
/// a small web server on <c>http://localhost:PORT</c> (the allowed origin) or <c>http://127.0.0.1:PORT</c> (another
/// origin) and calls the server with <c>fetch</c>, so the browser itself sends the preflight and enforces the CORS
/// answer. (The page must really come from a loopback server: chromium's local-network rules block a page that a
/// Playwright route made up from calling 127.0.0.1 at all.)
/// </summary>
public sealed class GrpcWebCorsTests(GrpcWebCorsTests.CorsBrowser browser) : IClassFixture<GrpcWebCorsTests.CorsBrowser>
{
    private const string LookupPath = "/toekomstzorg.semantics.v1.TerminologyService/Lookup";

    // Runs in the page: a gRPC-Web-text POST as a browser gRPC-Web library sends it; what the script can read of the answer.
    private const string GrpcWebFetch = """
        async ([url, body]) => {
          try {
            const response = await fetch(url, {
              method: 'POST',
              headers: { 'content-type': 'application/grpc-web-text', 'accept': 'application/grpc-web-text', 'x-grpc-web': '1' },
              body,
            });
            return { ok: true, status: response.status, grpcStatus: response.headers.get('grpc-status'),
                     grpcMessage: response.headers.get('grpc-message'), body: await response.text() };
          } catch (e) {
            return { ok: false, error: String(e) };
          }
        }
        """;

    [Fact]
    public async Task GrpcWebLookup_FromAllowedOrigin_BrowserReadsTheConcept()
    {
        var answer = await FetchFromAsync(browser.AllowedOrigin, LookupPath, new LookupRequest { System = "ggz", Code = "dubbeldiagnose" });

        answer.GetProperty("ok").GetBoolean().Should().BeTrue(answer.ToString());
        answer.GetProperty("status").GetInt32().Should().Be(200);
        var frames = GrpcWebFrames.Read(GrpcWebFrames.DecodeText(answer.GetProperty("body").GetString()!));
        LookupResponse.Parser.ParseFrom(frames[0].Payload).Concept.Code.Should().Be("dubbeldiagnose");
        Encoding.ASCII.GetString(frames[^1].Payload).Should().MatchRegex(@"(?m)^grpc-status: ?0\r$");
    }

    [Fact]
    public async Task GrpcWebLookup_UnknownCodeFromAllowedOrigin_BrowserReadsTheStatusHeaders()
    {
        // An error without a message is a trailers-only answer: the status travels in headers, which a script reads
        // only when the server exposes them.
        var answer = await FetchFromAsync(browser.AllowedOrigin, LookupPath, new LookupRequest { System = "ggz", Code = "bestaat-niet" });

        answer.GetProperty("ok").GetBoolean().Should().BeTrue(answer.ToString());
        answer.GetProperty("grpcStatus").GetString().Should().Be("5");
        Uri.UnescapeDataString(answer.GetProperty("grpcMessage").GetString()!).Should().Contain("bestaat-niet");
    }

    [Fact]
    public async Task GrpcWebLookup_FromOriginNotAllowed_BrowserBlocksTheAnswer()
    {
        var answer = await FetchFromAsync(browser.OtherOrigin, LookupPath, new LookupRequest { System = "ggz", Code = "dubbeldiagnose" });

        answer.GetProperty("ok").GetBoolean().Should().BeFalse("the server does not allow {0}", browser.OtherOrigin);
        answer.GetProperty("error").GetString().Should().Contain("Failed to fetch");
    }

    [Fact]
    public async Task RestJsonSchemes_FromAllowedOrigin_BrowserReadsTheJson()
    {
        var page = await OpenPageOnAsync(browser.AllowedOrigin);

        var answer = await page.EvaluateAsync<JsonElement>(
            "async url => { const r = await fetch(url, { headers: { 'accept': 'application/json' } }); return { status: r.status, body: await r.json() }; }",
            $"{browser.Inner.BaseUrl}/v1/schemes");

        answer.GetProperty("status").GetInt32().Should().Be(200);
        answer.GetProperty("body").GetProperty("schemes").EnumerateArray().Select(s => s.GetProperty("key").GetString()).Should().Contain("ggz");
    }

    [Fact]
    public async Task Preflight_AllowedOrigin_AllowsPostFromThatOrigin()
    {
        using var http = new HttpClient();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, $"{browser.Inner.BaseUrl}{LookupPath}");
        preflight.Headers.Add("Origin", browser.AllowedOrigin);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type,x-grpc-web");

        using var response = await http.SendAsync(preflight);

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        response.Headers.GetValues("Access-Control-Allow-Origin").Should().Equal(browser.AllowedOrigin);
        response.Headers.GetValues("Access-Control-Allow-Methods").Single().Should().Contain("POST");
    }

    private async Task<JsonElement> FetchFromAsync(string origin, string path, IMessage request)
    {
        var page = await OpenPageOnAsync(origin);
        try
        {
            var body = Convert.ToBase64String(GrpcWebFrames.Frame(0x00, request.ToByteArray()));
            return await page.EvaluateAsync<JsonElement>(GrpcWebFetch, new object[] { $"{browser.Inner.BaseUrl}{path}", body });
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    // A page whose origin is ORIGIN, served by the fixture's page server.
    private async Task<IPage> OpenPageOnAsync(string origin)
    {
        var page = await browser.Inner.Browser.NewPageAsync();
        await page.GotoAsync($"{origin}/");
        return page;
    }

    /// <summary>
    /// A web server for the application's page (any path answers an empty HTML page), the terminology server allowing
    /// only that page's <c>localhost</c> origin, and the browser.
    /// </summary>
    public sealed class CorsBrowser : IAsyncLifetime
    {
        private readonly HttpListener _pages = new();
        private Task? _serving;

        public SiteBrowser Inner { get; private set; } = null!;

        /// <summary>The application's origin, allowed by the server.</summary>
        public string AllowedOrigin { get; private set; } = null!;

        /// <summary>The same page server under another host name: another origin, not allowed.</summary>
        public string OtherOrigin { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            var port = FreePort();
            AllowedOrigin = $"http://localhost:{port}";
            OtherOrigin = $"http://127.0.0.1:{port}";
            _pages.Prefixes.Add($"{AllowedOrigin}/");
            _pages.Prefixes.Add($"{OtherOrigin}/");
            _pages.Start();
            _serving = ServePagesAsync();
            Inner = new SiteBrowser(new Dictionary<string, string?> { ["Tzsem:CorsOrigins:0"] = AllowedOrigin });
            await Inner.InitializeAsync();
        }

        public async Task DisposeAsync()
        {
            await Inner.DisposeAsync();
            _pages.Close();
            await _serving!.ContinueWith(_ => { }, TaskScheduler.Default);
        }

        private async Task ServePagesAsync()
        {
            var page = Encoding.UTF8.GetBytes("<!doctype html><html lang=\"nl\"><title>app</title></html>");
            while (_pages.IsListening)
            {
                var context = await _pages.GetContextAsync();
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.OutputStream.WriteAsync(page);
                context.Response.Close();
            }
        }

        private static int FreePort()
        {
            using var socket = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
            socket.Start();
            return ((IPEndPoint)socket.LocalEndpoint).Port;
        }
    }
}
