namespace ToekomstZorg.Semantics.Vocabulary.Diff.Internal;

/// <summary>The mapping and false-friend part of a diff, each list sorted.</summary>
internal sealed record MappingChanges(
    IReadOnlyList<DiffMapping> Added,
    IReadOnlyList<DiffMapping> Removed,
    IReadOnlyList<MappingChange> Changed,
    IReadOnlyList<DiffFalseFriend> FalseFriendsAdded,
    IReadOnlyList<DiffFalseFriend> FalseFriendsRemoved);
