using Hl7.Fhir.Model;
using ToekomstZorg.Semantics.Fhir.Export;
using ToekomstZorg.Semantics.Fhir.Rest.Internal;
using ToekomstZorg.Semantics.Vocabulary.Model;
using ToekomstZorg.Semantics.Vocabulary.Terminology;

namespace ToekomstZorg.Semantics.Fhir.Rest.Operations;

/// <summary>
/// CodeSystem/$lookup (http://hl7.org/fhir/R4/codesystem-operation-lookup.html). In: <c>code</c> + <c>system</c> or
/// <c>coding</c>, <c>version</c>, <c>displayLanguage</c>, <c>property</c> (0..*). Out: <c>name</c>, <c>version</c>,
/// <c>display</c>, <c>designation</c> (language, use, value) and <c>property</c> (code, value, description) for the
/// properties parent, child, status, inactive, definition and replacedBy (a Coding per <c>dct:isReplacedBy</c>, as the
/// exported CodeSystem declares it); all of them unless <c>property</c> asks for some. The answer is the snapshot's
/// <see cref="ToekomstZorg.Semantics.Vocabulary.VocabularySnapshot.Lookup(Concept, IReadOnlyList{string})"/>.
/// </summary>
internal static class LookupOperation
{
    private static readonly OperationSignature Signature = new("CodeSystem/$lookup", ["code", "system", "version", "coding", "displayLanguage", "property"]);

    public static Parameters Run(FhirRestFacade facade, FhirRestRequest request)
    {
        var parameters = OperationParameters.Read(request, Signature);
        var coding = parameters.Coding("coding");
        var code = parameters.String("code");
        var system = parameters.String("system");
        if (coding is not null && (code is not null || system is not null))
        {
            throw FhirRestOutcome.Invalid("coding", "Give either code and system, or coding, not both.");
        }

        var (systemParameter, codeParameter) = coding is null ? ("system", "code") : ("coding", "coding");
        var scheme = VocabularyArguments.RequireScheme(facade, coding?.System ?? system, systemParameter);
        VocabularyArguments.CheckVersion(facade, scheme, coding?.Version ?? parameters.String("version"), "version");
        var concept = VocabularyArguments.RequireConcept(facade, scheme, coding?.Code ?? code, codeParameter);
        var displayLanguage = parameters.String("displayLanguage");
        var lookup = facade.Snapshot.Lookup(concept, displayLanguage is null ? null : [displayLanguage]);
        var wanted = parameters.Strings("property");

        var answer = new List<Parameters.ParameterComponent>()
            .AddValue("name", ParametersBuilder.Text(scheme.Title()))
            .AddValue("version", ParametersBuilder.Text(facade.Version))
            .AddValue("display", ParametersBuilder.Text(lookup.Display));
        if (Wants(wanted, "designation"))
        {
            AddDesignations(answer, lookup);
        }

        AddProperties(answer, lookup, wanted);
        return new Parameters { Parameter = answer };
    }

    private static bool Wants(IReadOnlyList<string> wanted, string property) => wanted.Count == 0 || wanted.Contains(property);

    // The same designations as the exported CodeSystem's, as parts: language, use (SNOMED CT "Synonym" for skos:altLabel), value.
    private static void AddDesignations(List<Parameters.ParameterComponent> answer, LookupResult lookup)
    {
        foreach (var designation in ConceptDesignation.Of(lookup.Designations))
        {
            var parts = new List<Parameters.ParameterComponent>().AddValue("language", ParametersBuilder.CodeValue(designation.Language));
            if (designation.IsSynonym)
            {
                parts.AddValue("use", new Coding(ConceptDesignation.UseSystem, ConceptDesignation.SynonymCode, ConceptDesignation.SynonymDisplay));
            }

            parts.AddValue("value", ParametersBuilder.Text(designation.Value));
            answer.Add(ParametersBuilder.WithParts("designation", parts));
        }
    }

    private static void AddProperties(List<Parameters.ParameterComponent> answer, LookupResult lookup, IReadOnlyList<string> wanted)
    {
        var concept = lookup.Concept;
        if (Wants(wanted, "parent"))
        {
            foreach (var parent in lookup.Broader)
            {
                answer.Add(CodeProperty("parent", parent));
            }
        }

        if (Wants(wanted, "child"))
        {
            foreach (var child in lookup.Narrower)
            {
                answer.Add(CodeProperty("child", child));
            }
        }

        if (Wants(wanted, "status"))
        {
            answer.Add(Property("status", new Code(concept.Deprecated ? "deprecated" : "active")));
        }

        if (Wants(wanted, "inactive"))
        {
            answer.Add(Property("inactive", new FhirBoolean(concept.Deprecated)));
        }

        if (Wants(wanted, "replacedBy"))
        {
            // A replacement outside the vocabulary has no (system, code) to give: only the resolvable ones are listed.
            foreach (var replacement in lookup.ReplacedBy.Select(r => r.Concept).OfType<Concept>())
            {
                answer.Add(Property("replacedBy", new Coding(replacement.Scheme.Iri, replacement.Code, replacement.Display())));
            }
        }

        var definition = lookup.Definition;
        if (Wants(wanted, "definition") && !string.IsNullOrWhiteSpace(definition))
        {
            answer.Add(Property("definition", new FhirString(definition)));
        }
    }

    private static Parameters.ParameterComponent Property(string code, DataType value) =>
        ParametersBuilder.WithParts("property", new List<Parameters.ParameterComponent>().AddValue("code", new Code(code)).AddValue("value", value));

    // http://hl7.org/fhir/R4/codesystem-concept-properties.html: parent and child are codes of the same system.
    private static Parameters.ParameterComponent CodeProperty(string property, Concept related) =>
        ParametersBuilder.WithParts("property", new List<Parameters.ParameterComponent>()
            .AddValue("code", new Code(property))
            .AddValue("value", new Code(related.Code))
            .AddValue("description", ParametersBuilder.Text(related.Display())));
}
