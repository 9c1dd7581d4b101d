using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using ToekomstZorg.Semantics.Server.Snapshots;
using ToekomstZorg.Semantics.Server.Snapshots.Internal;
using ToekomstZorg.Semantics.Server.Tests.Support;
using ToekomstZorg.Semantics.Vocabulary.Diff;
using ToekomstZorg.Semantics.Vocabulary.Translation;

namespace ToekomstZorg.Semantics.Server.Tests.Snapshots;

/// <summary>Each applied reload keeps the semantic diff from the version before as a release note; /releases.json serves them.</summary>
public sealed class ReleaseNotesTests : IDisposable
{
    private const string ExactVaph = "vaph:zorgcoordinatie skos:exactMatch kern:zorgcoordinatie .";
    private const string CloseVaph = "vaph:zorgcoordinatie skos:closeMatch kern:zorgcoordinatie .";

    private readonly TestVocabulary _vocabulary = new();

    public void Dispose() => _vocabulary.Dispose();

    [Fact]
    public async Task Reload_MappingRelationChanged_KeepsTheDiffAsAReleaseNote()
    {
        var store = Open();
        var before = store.Current.Version;
        store.Releases.All.Should().BeEmpty("the first version has nothing to compare with");
        _vocabulary.Write("mappings/sectors-kern.ttl", TestVocabulary.Mappings.Replace(ExactVaph, CloseVaph, StringComparison.Ordinal));

        store.Reload();
        await store.ReleaseNotesComputed;

        var note = store.Releases.All.Should().ContainSingle().Subject;
        note.FromVersion.Should().Be(before);
        note.ToVersion.Should().Be(store.Current.Version).And.NotBe(before);
        note.Diff.MappingsChanged.Should().ContainSingle().Which.New.ToString().Should().Be("vaph:zorgcoordinatie skos:closeMatch kern:zorgcoordinatie");
        note.Diff.Impact.Should().Contain(i => i.Source.ToString() == "ggz:zorgcoordinatie" && i.Target.ToString() == "vaph:zorgcoordinatie"
            && i.OldEquivalence == Equivalence.Equivalent && i.NewEquivalence == Equivalence.Inexact);
        store.Releases.Find(note.ToVersion).Should().BeSameAs(note);
    }

    [Fact]
    public async Task Reload_FailedOrUnchanged_AddsNoNote()
    {
        var store = Open();

        store.Reload();
        _vocabulary.WriteRaw("ggz.ttl", "@prefix broken");
        store.Reload();
        await store.ReleaseNotesComputed;

        store.Releases.All.Should().BeEmpty();
    }

    [Fact]
    public void Add_MoreThanCapacity_KeepsTheNewestFirst()
    {
        var notes = new ReleaseNotes(capacity: 2);
        var store = Open();
        var diff = VocabularyDiff.Compute(store.Current.Snapshot, store.Current.Snapshot);

        foreach (var version in new[] { "v1", "v2", "v3" })
        {
            notes.Add(new ReleaseNote("v0", version, DateTimeOffset.UnixEpoch, diff));
        }

        notes.All.Select(n => n.ToVersion).Should().Equal("v3", "v2");
        notes.Find("v1").Should().BeNull();
    }

    [Fact]
    public async Task GetReleases_AfterAReload_ListsTheNoteAndServesItsDiff()
    {
        await using var server = await RunningServer.StartAsync(_vocabulary.Directory);
        var first = server.Vocabulary.Current.Version;
        _vocabulary.Write("mappings/sectors-kern.ttl", TestVocabulary.Mappings.Replace(ExactVaph, CloseVaph, StringComparison.Ordinal));
        server.Vocabulary.Reload();
        await ((ServedVocabularyStore)server.Vocabulary).ReleaseNotesComputed;
        var second = server.Vocabulary.Current.Version;

        using var index = JsonDocument.Parse(await server.Http.GetStringAsync(new Uri("/releases.json", UriKind.Relative)));
        using var response = await server.Http.GetAsync(new Uri($"/releases/{second}.json", UriKind.Relative));
        using var missing = await server.Http.GetAsync(new Uri("/releases/no-such-version.json", UriKind.Relative));

        index.RootElement.GetProperty("current_version").GetString().Should().Be(second);
        var release = index.RootElement.GetProperty("releases").EnumerateArray().Should().ContainSingle().Subject;
        release.GetProperty("from_version").GetString().Should().Be(first);
        release.GetProperty("counts").GetProperty("mappings_changed").GetInt32().Should().Be(1);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var diff = body.RootElement.GetProperty("diff");
        diff.GetProperty("new_version").GetString().Should().Be(second);
        diff.GetProperty("impact").GetArrayLength().Should().Be(diff.GetProperty("counts").GetProperty("impact").GetInt32()).And.BeGreaterThan(0);
        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task HeadReleases_AfterAReload_AnswersAsGetWithoutABody()
    {
        await using var server = await RunningServer.StartAsync(_vocabulary.Directory);
        _vocabulary.Write("mappings/sectors-kern.ttl", TestVocabulary.Mappings.Replace(ExactVaph, CloseVaph, StringComparison.Ordinal));
        server.Vocabulary.Reload();
        await ((ServedVocabularyStore)server.Vocabulary).ReleaseNotesComputed;
        var version = server.Vocabulary.Current.Version;

        foreach (var path in new[] { "/releases.json", $"/releases/{version}.json", "/releases/no-such-version.json" })
        {
            using var get = await server.Http.GetAsync(new Uri(path, UriKind.Relative));
            var body = await get.Content.ReadAsByteArrayAsync();
            using var head = await server.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(path, UriKind.Relative)));

            head.StatusCode.Should().Be(get.StatusCode, path);
            head.Content.Headers.ContentType!.ToString().Should().Be(get.Content.Headers.ContentType!.ToString(), path);
            head.Content.Headers.ContentLength.Should().Be(body.Length, path).And.BeGreaterThan(0);
            (await head.Content.ReadAsByteArrayAsync()).Should().BeEmpty(path);
        }
    }

    [Fact]
    public async Task GetReleasesPage_AfterAReload_LinksTheNewVersionWhosePageNamesTheEditedConcept()
    {
        await using var server = await RunningServer.StartAsync(_vocabulary.Directory);
        var before = await server.Http.GetStringAsync(new Uri("/releases", UriKind.Relative));
        _vocabulary.Write("mappings/sectors-kern.ttl", TestVocabulary.Mappings.Replace(ExactVaph, CloseVaph, StringComparison.Ordinal));
        server.Vocabulary.Reload();
        await ((ServedVocabularyStore)server.Vocabulary).ReleaseNotesComputed;
        var second = server.Vocabulary.Current.Version;

        using var index = await server.Http.GetAsync(new Uri("/releases", UriKind.Relative));
        var indexHtml = await index.Content.ReadAsStringAsync();
        var href = "/releases/" + Uri.EscapeDataString(second);
        var release = await server.Http.GetStringAsync(new Uri(href, UriKind.Relative));

        before.Should().Contain("geen voorganger", "the first version served has no predecessor");
        index.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        indexHtml.Should().Contain($"href=\"{href}\"").And.Contain(second);
        release.Should().Contain("Gewijzigde afbeeldingen").And.Contain("href=\"/vaph/zorgcoordinatie\"")
            .And.Contain("vaph:zorgcoordinatie").And.Contain("skos:closeMatch").And.Contain("Impact op vertalingen");
    }

    private ServedVocabularyStore Open() => ServedVocabularyStore.Open(_vocabulary.Directory, new SnapshotVocabularyLoader(TimeProvider.System), NullLogger.Instance);
}
