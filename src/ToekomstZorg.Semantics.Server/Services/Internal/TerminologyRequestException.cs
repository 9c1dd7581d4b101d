namespace ToekomstZorg.Semantics.Server.Services.Internal;

/// <summary>A caller's mistake, with a message that names the field (and the system and code) at fault.</summary>
internal sealed class TerminologyRequestException(TerminologyFault fault, string message) : Exception(message)
{
    public TerminologyFault Fault { get; } = fault;

    public static TerminologyRequestException Missing(string field, string what) =>
        new(TerminologyFault.InvalidArgument, $"{field} is required: {what}");

    public static TerminologyRequestException Invalid(string field, string message) =>
        new(TerminologyFault.InvalidArgument, $"{field}: {message}");

    public static TerminologyRequestException NotFound(string message) => new(TerminologyFault.NotFound, message);
}
