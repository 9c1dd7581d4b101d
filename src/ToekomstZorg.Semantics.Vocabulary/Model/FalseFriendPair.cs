namespace ToekomstZorg.Semantics.Vocabulary.Model;

/// <summary>Two concepts that share a word but not a meaning (<c>tz:falseFriendOf</c>, symmetric).</summary>
public sealed record FalseFriendPair(Concept First, Concept Second, string? Rationale);
