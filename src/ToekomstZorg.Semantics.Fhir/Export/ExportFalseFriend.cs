namespace ToekomstZorg.Semantics.Fhir.Export;

/// <summary>A <c>tz:falseFriendOf</c> assertion between two concepts, with its rationale.</summary>
internal sealed record ExportFalseFriend(string SubjectScheme, string SubjectCode, string ObjectScheme, string ObjectCode, string? Rationale);
