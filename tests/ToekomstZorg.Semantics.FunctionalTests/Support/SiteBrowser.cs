using Microsoft.Playwright;

namespace ToekomstZorg.Semantics.FunctionalTests.Support;

/// <summary>
/// The real server (a <see cref="FunctionalServer"/>) and Debian's chromium driven headless by Microsoft.Playwright.
/// Playwright cannot download its own browser here, so it launches <c>/usr/bin/chromium</c> (installed by
/// <c>.ci/install-peers</c>).
/// </summary>
public sealed class SiteBrowser : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IPage? _open;

    /// <summary>The server with the default settings (used as a class fixture).</summary>
    public SiteBrowser()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <summary>The server with extra configuration settings.</summary>
    internal SiteBrowser(IReadOnlyDictionary<string, string?> settings) => Server = new FunctionalServer(settings);

    public FunctionalServer Server { get; }

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The site's origin, e.g. <c>http://127.0.0.1:40123</c>.</summary>
    public string BaseUrl => Server.Endpoints.Http.ToString().TrimEnd('/');

    /// <summary>Where the screenshots go (a test artifact; ignored by git).</summary>
    public static string ArtifactsDirectory =>
        Directory.CreateDirectory(Path.Combine(RepositoryPaths.Root, "tests", "ToekomstZorg.Semantics.FunctionalTests", "artifacts")).FullName;

    public async Task InitializeAsync()
    {
        await Server.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Args = ["--no-sandbox"], Headless = true });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await Server.DisposeAsync();
    }

    /// <summary>
    /// A fresh page that records console errors, page errors, failed requests and error responses. The page opened
    /// before it is closed first: the tests of a class run one at a time, and a browser that keeps every test's page
    /// open (each in its own context and renderer) slows the later tests down.
    /// </summary>
    public async Task<(IPage Page, List<string> Problems)> OpenAsync()
    {
        if (_open is { } previous)
        {
            await previous.CloseAsync();
        }

        var page = _open = await Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add($"console error on {page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Add($"page error on {page.Url}: {error}");
        page.RequestFailed += (_, request) => problems.Add($"request failed: {request.Url} ({request.Failure})");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                problems.Add($"{response.Status} for {response.Url}");
            }
        };
        return (page, problems);
    }
}
