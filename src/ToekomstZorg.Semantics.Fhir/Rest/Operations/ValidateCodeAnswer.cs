using Hl7.Fhir.Model;
using ToekomstZorg.Semantics.Fhir.Rest.Internal;
using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Fhir.Rest.Operations;

/// <summary>
/// The answer of CodeSystem/$validate-code and ValueSet/$validate-code (out-parameters <c>result</c>, <c>message</c>,
/// <c>display</c>: http://hl7.org/fhir/R4/codesystem-operation-validate-code.html). The default value is a failed
/// validation without a message.
/// </summary>
internal readonly record struct ValidateCodeAnswer(bool Result, string? Message, string? Display)
{
    /// <summary>
    /// The snapshot's validation of <paramref name="code"/> (and <paramref name="display"/>) in <paramref name="scheme"/>
    /// (<see cref="ToekomstZorg.Semantics.Vocabulary.VocabularySnapshot.ValidateCode"/>: the one display rule and the deprecation notice).
    /// </summary>
    public static ValidateCodeAnswer Check(FhirRestFacade facade, ConceptScheme scheme, string code, string? display, string? displayLanguage)
    {
        var validation = facade.Snapshot.ValidateCode(scheme, code, display, displayLanguage is null ? null : [displayLanguage]);
        return new(validation.IsValid, validation.Message, validation.Display);
    }

    /// <summary>The answer as a Parameters resource.</summary>
    public Parameters ToParameters() => new()
    {
        Parameter = new List<Parameters.ParameterComponent>()
            .AddValue("result", new FhirBoolean(Result))
            .AddValue("message", ParametersBuilder.Text(Message))
            .AddValue("display", ParametersBuilder.Text(Display)),
    };
}
