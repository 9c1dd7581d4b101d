using Google.Protobuf.WellKnownTypes;
using ToekomstZorg.Semantics.Server.Snapshots;
using MessageEvent = ToekomstZorg.Semantics.Contracts.V1.VocabularyEvent;

namespace ToekomstZorg.Semantics.Server.Services.Internal;

/// <summary>A reload event as the WatchVocabulary message.</summary>
internal static class VocabularyEventMessages
{
    public static MessageEvent ToMessage(VocabularyEvent e)
    {
        var message = new MessageEvent
        {
            Kind = e.Kind switch
            {
                VocabularyEventKind.Current => MessageEvent.Types.Kind.Current,
                VocabularyEventKind.Reloaded => MessageEvent.Types.Kind.Reloaded,
                _ => MessageEvent.Types.Kind.ReloadFailed,
            },
            VocabularyVersion = e.Version,
            Time = Timestamp.FromDateTimeOffset(e.Time),
        };
        foreach (var diagnostic in e.Diagnostics)
        {
            message.Diagnostics.Add(new Contracts.V1.LintDiagnostic
            {
                RuleId = diagnostic.RuleId,
                Severity = diagnostic.Severity,
                Message = diagnostic.Message,
                File = diagnostic.File ?? string.Empty,
                Line = diagnostic.Line,
                Column = diagnostic.Column,
            });
        }

        return message;
    }
}
