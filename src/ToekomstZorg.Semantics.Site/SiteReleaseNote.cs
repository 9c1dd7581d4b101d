using ToekomstZorg.Semantics.Vocabulary.Diff;

namespace ToekomstZorg.Semantics.Site;

/// <summary>
/// One release note as the site shows it: the semantic diff of one reload. The host (the server) keeps the notes and
/// passes them to <see cref="VocabularySite.Respond(Vocabulary.VocabularySnapshot, SiteRequest, IReadOnlyList{SiteReleaseNote})"/>,
/// so the site does not depend on the host.
/// </summary>
/// <param name="FromVersion">The version served before the reload.</param>
/// <param name="ToVersion">The version the reload swapped in (the note's name in <c>/releases/{version}</c>).</param>
/// <param name="At">When the new version was swapped in.</param>
/// <param name="Diff">What changed.</param>
public sealed record SiteReleaseNote(string FromVersion, string ToVersion, DateTimeOffset At, VocabularyDiff Diff);
