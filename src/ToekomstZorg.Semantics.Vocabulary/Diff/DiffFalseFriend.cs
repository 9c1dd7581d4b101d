namespace ToekomstZorg.Semantics.Vocabulary.Diff;

/// <summary>A declared false-friend pair (<c>tz:falseFriendOf</c>), the two concepts in diff order.</summary>
public sealed record DiffFalseFriend(DiffConcept First, DiffConcept Second, string? Rationale);
