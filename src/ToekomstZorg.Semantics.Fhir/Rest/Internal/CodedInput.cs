using Hl7.Fhir.Model;

namespace ToekomstZorg.Semantics.Fhir.Rest.Internal;

/// <summary>
/// The code a terminology operation is asked about, given as exactly one of <c>code</c> (with a system parameter),
/// <c>coding</c> or <c>codeableConcept</c>: the three in-parameters that CodeSystem/$validate-code,
/// ValueSet/$validate-code and ConceptMap/$translate share (http://hl7.org/fhir/R4/codesystem-operation-validate-code.html).
/// Exactly one of the three members is set.
/// </summary>
internal sealed record CodedInput(string? Code, Coding? Coding, IReadOnlyList<Coding>? CodeableConcept)
{
    /// <summary>
    /// Reads the three parameters; none or more than one is an error. <paramref name="systemParameter"/> names the
    /// parameter that gives <c>code</c> its system (<c>url</c> or <c>system</c>), for the error message.
    /// </summary>
    public static CodedInput Read(OperationParameters parameters, string systemParameter)
    {
        var code = parameters.String("code");
        var coding = parameters.Coding("coding");
        var concept = parameters.CodeableConcept("codeableConcept");
        var given = (code is not null ? 1 : 0) + (coding is not null ? 1 : 0) + (concept is not null ? 1 : 0);
        if (given != 1)
        {
            throw given == 0
                ? FhirRestOutcome.Required("code", $"give one of code (with {systemParameter}), coding or codeableConcept.")
                : FhirRestOutcome.Invalid("code", "Give only one of code, coding and codeableConcept.");
        }

        return new CodedInput(code, coding, concept);
    }
}
