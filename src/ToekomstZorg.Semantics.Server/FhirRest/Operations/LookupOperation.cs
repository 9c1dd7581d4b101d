using Microsoft.AspNetCore.Http;
using ToekomstZorg.Semantics.Fhir.Export;
using ToekomstZorg.Semantics.Server.FhirRest.Internal;
using ToekomstZorg.Semantics.Server.Hosting;
using ToekomstZorg.Semantics.Server.Snapshots;
using ToekomstZorg.Semantics.Vocabulary.Model;
using ToekomstZorg.Semantics.Vocabulary.Terminology;

namespace ToekomstZorg.Semantics.Server.FhirRest.Operations;

/// <summary>
/// CodeSystem/$lookup (http://hl7.org/fhir/R4/codesystem-operation-lookup.html). In: <c>code</c> + <c>system</c> or
/// <c>coding</c>, <c>version</c>, <c>displayLanguage</c>, <c>property</c> (0..*). Out: <c>name</c>, <c>version</c>,
/// <c>display</c>, <c>designation</c> (language, use, value) and <c>property</c> (code, value, description) for the
/// properties parent, child, status, inactive, definition and replacedBy (a Coding per <c>dct:isReplacedBy</c>, as the
/// exported CodeSystem declares it); all of them unless <c>property</c> asks for some. The answer is the snapshot's
/// <see cref="Vocabulary.VocabularySnapshot.Lookup(Concept, IReadOnlyList{string})"/>.
/// </summary>
internal static class LookupOperation
{
    private static readonly OperationSignature Signature = new("CodeSystem/$lookup", ["code", "system", "version", "coding", "displayLanguage", "property"]);

    public static async Task HandleAsync(HttpContext context, ServedVocabulary vocabulary, TerminologyServerOptions options)
    {
        var parameters = await OperationParameters.ReadAsync(context, options.MaxResourceBytes, Signature).ConfigureAwait(false);
        var coding = parameters.Coding("coding");
        var code = parameters.String("code");
        var system = parameters.String("system");
        if (coding is not null && (code is not null || system is not null))
        {
            throw FhirOperationException.Invalid("coding", "Give either code and system, or coding, not both.");
        }

        var (systemParameter, codeParameter) = coding is null ? ("system", "code") : ("coding", "coding");
        var scheme = VocabularyArguments.RequireScheme(vocabulary, coding?.System ?? system, systemParameter);
        VocabularyArguments.CheckVersion(vocabulary, scheme, coding?.Version ?? parameters.String("version"), "version");
        var concept = VocabularyArguments.RequireConcept(vocabulary, scheme, coding?.Code ?? code, codeParameter);
        var displayLanguage = parameters.String("displayLanguage");
        var lookup = vocabulary.Snapshot.Lookup(concept, displayLanguage is null ? null : [displayLanguage]);
        var wanted = parameters.Strings("property");

        var json = FhirJson.Write(writer =>
        {
            writer.WriteStartParameters();
            writer.WriteParameter("name", "valueString", scheme.Title());
            writer.WriteParameter("version", "valueString", vocabulary.Version);
            writer.WriteParameter("display", "valueString", lookup.Display);
            if (Wants(wanted, "designation"))
            {
                WriteDesignations(writer, lookup);
            }

            WriteProperties(writer, lookup, wanted);
            writer.WriteEndParameters();
        });
        await FhirResponses.WriteAsync(context, vocabulary, json).ConfigureAwait(false);
    }

    private static bool Wants(IReadOnlyList<string> wanted, string property) => wanted.Count == 0 || wanted.Contains(property);

    private static void WriteDesignations(System.Text.Json.Utf8JsonWriter writer, LookupResult lookup)
    {
        // The same designations as the exported CodeSystem's, as parts: language, use (SNOMED CT "Synonym" for skos:altLabel), value.
        foreach (var designation in ConceptDesignation.Of(lookup.Designations))
        {
            writer.WriteStartPartParameter("designation");
            writer.WriteParameter("language", "valueCode", designation.Language);
            if (designation.IsSynonym)
            {
                writer.WriteCodingParameter("use", ConceptDesignation.UseSystem, ConceptDesignation.SynonymCode, ConceptDesignation.SynonymDisplay);
            }

            writer.WriteParameter("value", "valueString", designation.Value);
            writer.WriteEndPartParameter();
        }
    }

    private static void WriteProperties(
        System.Text.Json.Utf8JsonWriter writer, LookupResult lookup, IReadOnlyList<string> wanted)
    {
        var concept = lookup.Concept;
        if (Wants(wanted, "parent"))
        {
            foreach (var parent in lookup.Broader)
            {
                WriteCodeProperty(writer, "parent", parent);
            }
        }

        if (Wants(wanted, "child"))
        {
            foreach (var child in lookup.Narrower)
            {
                WriteCodeProperty(writer, "child", child);
            }
        }

        if (Wants(wanted, "status"))
        {
            writer.WriteStartPartParameter("property");
            writer.WriteParameter("code", "valueCode", "status");
            writer.WriteParameter("value", "valueCode", concept.Deprecated ? "deprecated" : "active");
            writer.WriteEndPartParameter();
        }

        if (Wants(wanted, "inactive"))
        {
            writer.WriteStartPartParameter("property");
            writer.WriteParameter("code", "valueCode", "inactive");
            writer.WriteBooleanParameter("value", concept.Deprecated);
            writer.WriteEndPartParameter();
        }

        if (Wants(wanted, "replacedBy"))
        {
            // A replacement outside the vocabulary has no (system, code) to give: only the resolvable ones are listed.
            foreach (var replacement in lookup.ReplacedBy.Select(r => r.Concept).OfType<Concept>())
            {
                writer.WriteStartPartParameter("property");
                writer.WriteParameter("code", "valueCode", "replacedBy");
                writer.WriteCodingParameter("value", replacement.Scheme.Iri, replacement.Code, replacement.Display());
                writer.WriteEndPartParameter();
            }
        }

        var definition = lookup.Definition;
        if (Wants(wanted, "definition") && !string.IsNullOrWhiteSpace(definition))
        {
            writer.WriteStartPartParameter("property");
            writer.WriteParameter("code", "valueCode", "definition");
            writer.WriteParameter("value", "valueString", definition);
            writer.WriteEndPartParameter();
        }
    }

    // http://hl7.org/fhir/R4/codesystem-concept-properties.html: parent and child are codes of the same system.
    private static void WriteCodeProperty(System.Text.Json.Utf8JsonWriter writer, string property, Concept related)
    {
        writer.WriteStartPartParameter("property");
        writer.WriteParameter("code", "valueCode", property);
        writer.WriteParameter("value", "valueCode", related.Code);
        writer.WriteParameter("description", "valueString", related.Display());

        writer.WriteEndPartParameter();
    }
}
