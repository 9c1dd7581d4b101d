using Microsoft.AspNetCore.Http;
using ToekomstZorg.Semantics.Fhir.Export;
using ToekomstZorg.Semantics.Server.Snapshots;

namespace ToekomstZorg.Semantics.Server.FhirRest.Internal;

/// <summary>
/// The answer of CodeSystem/$validate-code and ValueSet/$validate-code (out-parameters <c>result</c>, <c>message</c>,
/// <c>display</c>: http://hl7.org/fhir/R4/codesystem-operation-validate-code.html), and the check both make of
/// one code against one scheme. The default value is a failed validation without a message.
/// </summary>
internal readonly record struct CodeValidation(bool Result, string? Message, string? Display)
{
    /// <summary>
    /// Whether <paramref name="code"/> is a concept of <paramref name="scheme"/> and, if a display is given, one of its
    /// labels (any language, ignoring case). A deprecated concept is valid, with a message naming its replacements.
    /// </summary>
    public static CodeValidation Check(ServedVocabulary vocabulary, ExportScheme scheme, string code, string? display, string? displayLanguage)
    {
        if (!vocabulary.TryGetConcept(scheme, code, out var concept))
        {
            return new(false, $"Code '{VocabularyArguments.Clip(code)}' is not in CodeSystem '{scheme.Iri}' (version {vocabulary.Version}).", null);
        }

        var preferred = ServedVocabulary.Display(concept, displayLanguage is null ? null : [displayLanguage]);
        if (display is not null && !IsLabel(concept, display))
        {
            return new(false, $"'{VocabularyArguments.Clip(display)}' is not a display of {scheme.Iri}|{code}; the preferred display is '{preferred}'.", preferred);
        }

        var message = concept.Deprecated ? ServedVocabulary.DeprecationNotice(scheme, concept) : null;
        return new(true, message, preferred);
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

    private static bool IsLabel(ExportConcept concept, string display) =>
        concept.PrefLabels.Values.Any(l => string.Equals(l, display, StringComparison.OrdinalIgnoreCase))
        || concept.AltLabels.Any(l => string.Equals(l.Text, display, StringComparison.OrdinalIgnoreCase));
}
