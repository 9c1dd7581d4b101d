using ToekomstZorg.Semantics.Vocabulary;

namespace ToekomstZorg.Semantics.Site.Pages.Internal;

/// <summary>What every page is rendered from: the one snapshot of this request, and how the site is served.</summary>
internal sealed record PageContext(VocabularySnapshot Snapshot, SiteOptions Options)
{
    /// <summary>The version's date: the part of <see cref="VocabularySnapshot.Version"/> before the content hash.</summary>
    public string VersionDate
    {
        get
        {
            var plus = Snapshot.Version.IndexOf('+', StringComparison.Ordinal);
            return plus < 0 ? Snapshot.Version : Snapshot.Version[..plus];
        }
    }
}
