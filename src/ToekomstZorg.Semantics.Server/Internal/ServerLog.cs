using Microsoft.Extensions.Logging;

namespace ToekomstZorg.Semantics.Server.Internal;

/// <summary>
/// Every log message of the server, with stable event ids. No message carries request or resource content: care plans
/// are personal health data.
/// </summary>
internal static partial class ServerLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Serving vocabulary {Version} from {Directory} ({SchemeCount} schemes, {ConceptCount} concepts)")]
    public static partial void VocabularyLoaded(ILogger logger, string version, string directory, int schemeCount, int conceptCount);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Vocabulary reloaded: {OldVersion} -> {Version} in {ElapsedMilliseconds} ms")]
    public static partial void VocabularyReloaded(ILogger logger, string oldVersion, string version, long elapsedMilliseconds);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Vocabulary reload failed with {ErrorCount} error(s); still serving {Version}")]
    public static partial void VocabularyReloadFailed(ILogger logger, int errorCount, string version);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Vocabulary {Diagnostic}")]
    public static partial void VocabularyDiagnostic(ILogger logger, string diagnostic);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "Vocabulary reload unchanged: {Version}")]
    public static partial void VocabularyUnchanged(ILogger logger, string version);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Information, Message = "Release note for {Version}: {ConceptsAdded} concept(s) added, {ConceptsRemoved} removed, {ImpactedTranslations} translation(s) change outcome")]
    public static partial void ReleaseNote(ILogger logger, string version, int conceptsAdded, int conceptsRemoved, int impactedTranslations);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Error, Message = "The release note for {Version} could not be computed; the version serves without one")]
    public static partial void ReleaseNoteFailed(ILogger logger, string version, Exception exception);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Information, Message = "Watching {Directory} for vocabulary edits (debounce {DebounceMilliseconds} ms)")]
    public static partial void WatchingDirectory(ILogger logger, string directory, int debounceMilliseconds);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Warning, Message = "The vocabulary folder watcher failed; reloading once and watching on")]
    public static partial void WatcherError(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1020, Level = LogLevel.Information, Message = "gRPC listening on {Address} ({Protocols})")]
    public static partial void GrpcListening(ILogger logger, string address, string protocols);

    [LoggerMessage(EventId = 1021, Level = LogLevel.Information, Message = "HTTP (FHIR REST) listening on {Address} ({Protocols})")]
    public static partial void HttpListening(ILogger logger, string address, string protocols);

    [LoggerMessage(EventId = 1022, Level = LogLevel.Warning, Message = "Listening on the non-loopback address {Address} without TLS: configure Tzsem:TlsCertificate and Tzsem:TlsKey")]
    public static partial void CleartextOnNetwork(ILogger logger, string address);

    [LoggerMessage(EventId = 1025, Level = LogLevel.Error, Message = "gRPC handler for {Method} threw {ExceptionType}\n{StackTrace}")]
    public static partial void GrpcHandlerFailed(ILogger logger, string method, string exceptionType, string stackTrace);

    [LoggerMessage(EventId = 1030, Level = LogLevel.Error, Message = "FHIR REST {Method} {Path} failed with an unexpected error")]
    public static partial void FhirRestFailed(ILogger logger, string method, string path, Exception exception);
}
