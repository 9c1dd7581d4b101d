namespace ToekomstZorg.Semantics.Fhir.Translation.Internal;

/// <summary>
/// One Coding object of a <c>coding</c> array as read: its byte range, its strings, and which reports and edits
/// were made for codings nested inside it (in its extensions), so a REPLACE can drop them with it.
/// </summary>
internal readonly record struct CodingSlot(
    int Start,
    int End,
    int Index,
    string? System,
    string? Code,
    string? Display,
    int ReportsBefore,
    int ReportsAfter,
    int EditsBefore,
    int EditsAfter);
