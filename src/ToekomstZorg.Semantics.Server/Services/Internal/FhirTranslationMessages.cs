using System.Buffers;
using System.Text;
using ToekomstZorg.Semantics.Contracts.V1;
using ToekomstZorg.Semantics.Fhir.Translation;
using ToekomstZorg.Semantics.Server.Snapshots;
using DomainMode = ToekomstZorg.Semantics.Fhir.Translation.TranslationMode;
using MessageMode = ToekomstZorg.Semantics.Contracts.V1.TranslationMode;
using MessageReport = ToekomstZorg.Semantics.Contracts.V1.CodingReport;

namespace ToekomstZorg.Semantics.Server.Services.Internal;

/// <summary>
/// The FhirTranslationService calls: translate the resource of the request and report per coding. Rejected input is a
/// <see cref="TerminologyRequestException"/> whose message has the position and never the resource's content.
/// </summary>
internal static class FhirTranslationMessages
{
    public static FhirTranslateResponse Translate(ServedVocabulary vocabulary, FhirTranslateRequest request, string resourceType)
    {
        if (request.ResourceJson.Length == 0)
        {
            throw TerminologyRequestException.Missing("resource_json", $"a FHIR R4 {resourceType} as JSON.");
        }

        if (string.IsNullOrWhiteSpace(request.TargetSystem))
        {
            throw TerminologyRequestException.Missing("target_system", "the scheme to translate into (IRI or key, e.g. kern).");
        }

        var mode = request.Mode switch
        {
            MessageMode.Unspecified or MessageMode.Add => DomainMode.Add,
            MessageMode.Replace => DomainMode.Replace,
            _ => throw TerminologyRequestException.Invalid("mode", $"unknown mode {(int)request.Mode}."),
        };
        var result = Translate(vocabulary, request.ResourceJson, request.TargetSystem, mode, resourceType);
        if (result.Error is { } error)
        {
            var field = error.Kind == FhirInputErrorKind.UnknownTargetScheme ? "target_system" : "resource_json";
            throw error.Kind switch
            {
                FhirInputErrorKind.TooLarge => new TerminologyRequestException(TerminologyFault.TooLarge, $"{field}: {error}"),
                FhirInputErrorKind.UnknownTargetScheme => TerminologyRequestException.NotFound($"{field}: {error.Message}"),
                _ => TerminologyRequestException.Invalid(field, error.ToString()),
            };
        }

        var response = new FhirTranslateResponse
        {
            ResourceJson = Encoding.UTF8.GetString(result.Resource.Span),
            OperationOutcomeJson = result.ToOperationOutcomeJsonString(),
            VocabularyVersion = result.VocabularyVersion,
        };
        foreach (var coding in result.Codings)
        {
            response.Codings.Add(Report(coding));
        }

        return response;
    }

    // The proto field is a string and the translator reads UTF-8: the bytes live only for the translation, in a pooled
    // buffer that is zeroed before it goes back (a care plan is personal health data; the result holds copies).
    private static FhirTranslationResult Translate(ServedVocabulary vocabulary, string json, string targetSystem, DomainMode mode, string resourceType)
    {
        var size = json.Length <= 64 * 1024 ? Encoding.UTF8.GetMaxByteCount(json.Length) : Encoding.UTF8.GetByteCount(json);
        var buffer = ArrayPool<byte>.Shared.Rent(size);
        var length = 0;
        try
        {
            length = Encoding.UTF8.GetBytes(json, buffer);
            return vocabulary.Resources.Translate(buffer.AsSpan(0, length), targetSystem, mode, resourceType);
        }
        finally
        {
            buffer.AsSpan(0, length).Clear();
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static MessageReport Report(Fhir.Translation.CodingReport coding)
    {
        var best = coding.Targets.Count > 0 ? coding.Targets[0] : null;
        var report = new MessageReport
        {
            Location = coding.Expression,
            SourceSystem = coding.SourceSystem ?? string.Empty,
            SourceCode = coding.SourceCode ?? string.Empty,
            SourceDisplay = coding.SourceDisplay ?? string.Empty,
            TargetSystem = best?.System ?? string.Empty,
            TargetCode = best?.Code ?? string.Empty,
            TargetDisplay = best?.Display ?? string.Empty,
            Equivalence = MappingRelations.ToMessage(coding.Equivalence),
            Comment = best is null ? coding.OutcomeCode : string.Join(" | ", best.Match.Rationales),
        };
        foreach (var target in coding.Targets)
        {
            foreach (var warning in target.Match.Warnings)
            {
                report.Warnings.Add(new TranslationWarning
                {
                    Code = target.Match.IsFalseFriend ? TranslationMessages.FalseFriendWarning : "lossy",
                    Message = warning,
                });
            }
        }

        return report;
    }
}
