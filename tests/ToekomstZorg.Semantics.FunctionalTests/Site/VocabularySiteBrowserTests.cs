using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using ToekomstZorg.Semantics.FunctionalTests.Support;

namespace ToekomstZorg.Semantics.FunctionalTests.Site;

/// <summary>The vocabulary site in a real browser: Debian's chromium through Playwright, axe-core for accessibility.</summary>
public sealed class VocabularySiteBrowserTests(SiteBrowser browser) : IClassFixture<SiteBrowser>
{
    private static readonly string[] DataExtensions = [".ttl", ".nt", ".jsonld"];

    [Fact]
    public async Task Crawl_FromHome_ReachesEveryConceptWithoutBrokenLinksConsoleErrorsOrFailedRequests()
    {
        var (page, problems) = await browser.OpenAsync();
        using var http = new HttpClient();
        var origin = browser.BaseUrl;
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var checkedOther = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>([origin + "/"]);
        while (pending.TryDequeue(out var url))
        {
            if (!visited.Add(url))
            {
                continue;
            }

            var response = await page.GotoAsync(url);
            response!.Status.Should().Be(200, url);
            var links = await page.EvalOnSelectorAllAsync<string[]>("a[href]", "as => as.map(a => a.href)");
            foreach (var link in links.Select(l => l.Split('#')[0]).Where(l => l.Length > 0))
            {
                var path = new Uri(link).AbsolutePath;
                var isPage = link.StartsWith(origin + "/", StringComparison.Ordinal) && !path.StartsWith("/fhir", StringComparison.Ordinal)
                    && !DataExtensions.Any(e => path.EndsWith(e, StringComparison.Ordinal));
                if (isPage)
                {
                    pending.Enqueue(link);
                }
                else if (link.StartsWith(origin + "/", StringComparison.Ordinal) && checkedOther.Add(link))
                {
                    // Data and FHIR links: fetched, not rendered (a browser would download them).
                    using var answer = await http.GetAsync(link);
                    ((int)answer.StatusCode).Should().Be(200, $"{link} linked from {url}");
                }
            }
        }

        problems.Should().BeEmpty();
        var snapshot = browser.Server.Vocabulary.Current.Snapshot;
        var conceptPages = snapshot.Schemes.SelectMany(s => s.Concepts).Select(c => origin + Semantics.Site.VocabularySite.PathOf(c));
        conceptPages.Where(p => !visited.Contains(p)).Should().BeEmpty("the crawl reaches every concept");
        var crosswalks = snapshot.CoreScheme!.Concepts.Select(c => origin + Semantics.Site.VocabularySite.CrosswalkPathOf(c));
        crosswalks.Where(p => !visited.Contains(p)).Should().BeEmpty("and every crosswalk");
        checkedOther.Should().Contain(l => l.Contains("/fhir/CodeSystem/$lookup", StringComparison.Ordinal) || l.Contains("/fhir/CodeSystem/%24lookup", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/kern")]
    [InlineData("/ggz/dubbeldiagnose")]
    [InlineData("/kern/zorgcoordinatie")]
    [InlineData("/kruistabel")]
    [InlineData("/kruistabel/dubbeldiagnose")]
    [InlineData("/valse-vrienden")]
    [InlineData("/zoeken?q=zoco")]
    [InlineData("/vertalen?van=ggz&code=dubbeldiagnose&naar=vaph")]
    [InlineData("/bestaat-niet")]
    public async Task Axe_Page_HasNoSeriousOrCriticalViolation(string path)
    {
        var (page, _) = await browser.OpenAsync();
        await page.GotoAsync(browser.BaseUrl + path);

        var result = await page.RunAxe();

        result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}")
            .Should().BeEmpty();
        result.Passes.Should().NotBeEmpty("axe ran its rules");
    }

    [Fact]
    public async Task Search_WithTheKeyboardOnly_FindsZorgcoordinatieByItsAbbreviationAndOpensIt()
    {
        var (page, problems) = await browser.OpenAsync();
        await page.GotoAsync(browser.BaseUrl + "/");

        await TabToAsync(page, "#home-zoek");
        await page.Keyboard.TypeAsync("Zoco");
        await page.Keyboard.PressAsync("Enter");
        await ExpectUrlAsync(page, "/zoeken?q=Zoco");
        await Assertions.Expect(page.Locator("#resultaten a[href='/kern/zorgcoordinatie']")).ToHaveCountAsync(1);

        await TabToAsync(page, "#resultaten a[href='/kern/zorgcoordinatie']");
        await page.Keyboard.PressAsync("Enter");
        await ExpectUrlAsync(page, "/kern/zorgcoordinatie");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("zorgcoördinatie");
        problems.Should().BeEmpty();
    }

    [Fact]
    public async Task Search_TypingWithoutSubmitting_UpdatesTheResultsAsYouType()
    {
        var (page, problems) = await browser.OpenAsync();
        await page.GotoAsync(browser.BaseUrl + "/zoeken");

        await TabToAsync(page, "#zoek");
        await page.Keyboard.TypeAsync("zorgcoordinatie", new() { Delay = 20 });

        await page.Locator("#resultaten a[href='/kern/zorgcoordinatie']").First.WaitForAsync(new() { Timeout = 10_000 });
        page.Url.Should().Contain("q=zorgcoordinatie");
        problems.Should().BeEmpty();
    }

    [Fact]
    public async Task Translate_WithTheKeyboardOnly_ShowsTheTargetEquivalencePathAndFalseFriendWarning()
    {
        var (page, problems) = await browser.OpenAsync();
        await page.GotoAsync(browser.BaseUrl + "/vertalen");

        await TabToAsync(page, "#van");
        await ChooseWithArrowsAsync(page, "#van", "ggz");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("dubbeldiagnose");
        await page.Keyboard.PressAsync("Tab");
        await ChooseWithArrowsAsync(page, "#naar", "vaph");
        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("document.activeElement.textContent")).Should().Be("Vertalen");
        await page.Keyboard.PressAsync("Enter");
        await ExpectUrlAsync(page, "/vertalen?van=ggz&code=dubbeldiagnose&naar=vaph");

        var row = page.Locator("section tbody tr", new() { Has = page.Locator("a[href='/vaph/dubbeldiagnose']") });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        (await row.Locator("ol.path li").CountAsync()).Should().Be(2);
        (await row.Locator(".warning").TextContentAsync()).Should().Contain("false friend");
        problems.Should().BeEmpty();
    }

    [Fact]
    public async Task Screenshots_CrosswalkAndConceptPages_AreSavedAsArtifacts()
    {
        var (page, problems) = await browser.OpenAsync();
        var files = new List<string>();
        foreach (var (path, name) in new[] { ("/kruistabel/dubbeldiagnose", "crosswalk-dubbeldiagnose.png"), ("/ggz/dubbeldiagnose", "concept-ggz-dubbeldiagnose.png"), ("/kruistabel/mdo", "crosswalk-mdo.png") })
        {
            await page.GotoAsync(browser.BaseUrl + path);
            var file = Path.Combine(SiteBrowser.ArtifactsDirectory, name);
            await page.ScreenshotAsync(new() { Path = file, FullPage = true });
            files.Add(file);
        }

        files.Should().OnlyContain(f => new FileInfo(f).Length > 10_000, "a rendered page, not a blank one");
        problems.Should().BeEmpty();
    }

    // Waits until the page is at the path and query (exactly). Not page.WaitForURLAsync or WaitForLoadStateAsync: their
    // check-then-subscribe on the client's event thread can miss an event that lands in between (WaitForURLAsync timed
    // out here about one class run in four with the page already at the URL and loaded; playwright-dotnet issue #3364).
    // Playwright's web-first assertions poll in the driver instead; what follows waits for its elements the same way.
    // A navigation has 30 s, as a WaitForURLAsync had.
    private static Task ExpectUrlAsync(IPage page, string pathAndQuery) =>
        Assertions.Expect(page).ToHaveURLAsync(
            new Regex("^" + Regex.Escape(new Uri(page.Url).GetLeftPart(UriPartial.Authority) + pathAndQuery) + "$"),
            new() { Timeout = 30_000 });

    // Keyboard only: Tab through the page until the element has focus (fails when it is not reachable).
    private static async Task TabToAsync(IPage page, string selector)
    {
        for (var i = 0; i < 200; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement === document.querySelector(s)", selector))
            {
                return;
            }
        }

        throw new Xunit.Sdk.XunitException($"{selector} is not reachable with Tab");
    }

    private static async Task ChooseWithArrowsAsync(IPage page, string selector, string value)
    {
        await page.Keyboard.PressAsync("Home");
        for (var i = 0; i < 50; i++)
        {
            if (await page.EvaluateAsync<string>("s => document.querySelector(s).value", selector) == value)
            {
                return;
            }

            await page.Keyboard.PressAsync("ArrowDown");
        }

        throw new Xunit.Sdk.XunitException($"{value} cannot be chosen in {selector} with the arrow keys");
    }
}
