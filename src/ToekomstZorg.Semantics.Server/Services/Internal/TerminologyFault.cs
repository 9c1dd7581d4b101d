namespace ToekomstZorg.Semantics.Server.Services.Internal;

/// <summary>The kinds of caller mistakes the terminology calls report; each maps to one gRPC status.</summary>
internal enum TerminologyFault
{
    /// <summary>A field is missing or malformed: INVALID_ARGUMENT.</summary>
    InvalidArgument,

    /// <summary>A system or code does not exist: NOT_FOUND.</summary>
    NotFound,

    /// <summary>A document is larger than allowed: RESOURCE_EXHAUSTED.</summary>
    TooLarge,
}
