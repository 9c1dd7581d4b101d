using Microsoft.AspNetCore.Http;
using ToekomstZorg.Semantics.Server.Snapshots;
using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Server.FhirRest.Internal;

/// <summary>
/// The answer of CodeSystem/$validate-code and ValueSet/$validate-code (out-parameters <c>result</c>, <c>message</c>,
/// <c>display</c>: http://hl7.org/fhir/R4/codesystem-operation-validate-code.html). The default value is a failed
/// validation without a message.
/// </summary>
internal readonly record struct CodeValidation(bool Result, string? Message, string? Display)
{
    /// <summary>
    /// The snapshot's validation of <paramref name="code"/> (and <paramref name="display"/>) in <paramref name="scheme"/>
    /// (<see cref="Vocabulary.VocabularySnapshot.ValidateCode"/>: the one display rule and the deprecation notice).
    /// </summary>
    public static CodeValidation Check(ServedVocabulary vocabulary, ConceptScheme scheme, string code, string? display, string? displayLanguage)
    {
        var validation = vocabulary.Snapshot.ValidateCode(scheme, code, display, displayLanguage is null ? null : [displayLanguage]);
        return new(validation.IsValid, validation.Message, validation.Display);
    }

    /// <summary>Writes the answer as a Parameters resource.</summary>
    public Task WriteAsync(HttpContext context, ServedVocabulary vocabulary)
    {
        var (result, message, display) = this;
        var json = FhirJson.Write(writer =>
        {
            writer.WriteStartParameters();
            writer.WriteBooleanParameter("result", result);
            writer.WriteParameter("message", "valueString", message);
            writer.WriteParameter("display", "valueString", display);
            writer.WriteEndParameters();
        });
        return FhirResponses.WriteAsync(context, vocabulary, json);
    }
}
