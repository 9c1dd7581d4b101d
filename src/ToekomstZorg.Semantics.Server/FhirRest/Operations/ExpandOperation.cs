using System.Text.Json;
using Microsoft.AspNetCore.Http;
using ToekomstZorg.Semantics.Fhir.Export;
using ToekomstZorg.Semantics.Server.FhirRest.Internal;
using ToekomstZorg.Semantics.Server.Hosting;
using ToekomstZorg.Semantics.Server.Snapshots;
using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Server.FhirRest.Operations;

/// <summary>
/// ValueSet/$expand (http://hl7.org/fhir/R4/valueset-operation-expand.html), type level (<c>url</c>) and on an instance
/// (<c>ValueSet/{id}/$expand</c>). The value sets are one per scheme (all its concepts); <c>url</c> may also be the code
/// system's IRI (its implicit value set). In: <c>url</c>, <c>valueSetVersion</c>, <c>filter</c>, <c>count</c>,
/// <c>offset</c>, <c>activeOnly</c>, <c>includeDesignations</c>, <c>includeDefinition</c>, <c>displayLanguage</c>.
/// The members are the snapshot's expansion (<see cref="Vocabulary.VocabularySnapshot.Expand"/>, with its filter rule).
/// Out: the ValueSet with <c>expansion</c> (identifier, timestamp, total, offset, parameter, contains).
/// </summary>
internal static class ExpandOperation
{
    private const int DefaultCount = 1000;

    private static readonly OperationSignature Signature = new("ValueSet/$expand", ["url", "valueSet", "valueSetVersion", "filter", "count", "offset", "activeOnly", "includeDesignations", "includeDefinition", "displayLanguage"]);

    public static async Task HandleAsync(HttpContext context, ServedVocabulary vocabulary, TerminologyServerOptions options)
    {
        var parameters = await OperationParameters.ReadAsync(context, options.MaxResourceBytes, Signature).ConfigureAwait(false);
        if (parameters.Has("valueSet"))
        {
            throw FhirOperationException.NotSupported("Expanding a ValueSet passed in the request is not supported; use url.", "valueSet");
        }

        var scheme = ResolveValueSet(context, vocabulary, parameters);
        var version = parameters.String("valueSetVersion");
        if (version is not null && version != vocabulary.Version)
        {
            throw FhirOperationException.NotFound($"Version '{VocabularyArguments.Clip(version)}' of the ValueSet is not served; the current version is '{vocabulary.Version}'.", "valueSetVersion");
        }

        var filterText = parameters.String("filter") ?? string.Empty;
        var count = parameters.Integer("count") ?? DefaultCount;
        var offset = parameters.Integer("offset") ?? 0;
        var activeOnly = parameters.Boolean("activeOnly") ?? false;
        var designations = parameters.Boolean("includeDesignations") ?? false;
        var definition = parameters.Boolean("includeDefinition") ?? false;
        var displayLanguage = parameters.String("displayLanguage");
        var languages = displayLanguage is null ? null : new[] { displayLanguage };

        var expansion = vocabulary.Snapshot.Expand(scheme, filterText, activeOnly);
        var matches = expansion.Concepts;
        var page = matches.Skip(offset).Take(count);
        var url = vocabulary.Exporter.ValueSetUrl(scheme.Key);
        var json = FhirJson.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("resourceType", "ValueSet");
            writer.WriteString("id", scheme.Key);
            writer.WriteString("url", url);
            writer.WriteString("version", vocabulary.Version);
            writer.WriteString("name", "ValueSet" + new string(scheme.Key.Where(char.IsAsciiLetterOrDigit).ToArray()));
            writer.WriteStringIfAny("title", scheme.Title());
            writer.WriteString("status", "draft");
            if (definition)
            {
                WriteCompose(writer, scheme, vocabulary.Version);
            }

            writer.WriteStartObject("expansion");
            writer.WriteString("identifier", "urn:uuid:" + Guid.NewGuid().ToString("D"));
            writer.WriteString("timestamp", FhirJson.Instant(DateTimeOffset.UtcNow));
            writer.WriteNumber("total", matches.Count);
            writer.WriteNumber("offset", offset);
            writer.WriteStartArray("parameter");
            WriteExpansionParameter(writer, "version", "valueUri", $"{scheme.Iri}|{vocabulary.Version}");
            if (expansion.IsFiltered)
            {
                WriteExpansionParameter(writer, "filter", "valueString", filterText);
            }

            WriteExpansionParameter(writer, "count", count);
            WriteExpansionParameter(writer, "offset", offset);
            writer.WriteEndArray();
            var any = false;
            foreach (var concept in page)
            {
                if (!any)
                {
                    writer.WriteStartArray("contains");
                    any = true;
                }

                WriteContains(writer, vocabulary, concept, languages, designations);
            }

            if (any)
            {
                writer.WriteEndArray();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        });
        await FhirResponses.WriteAsync(context, vocabulary, json).ConfigureAwait(false);
    }

    private static ConceptScheme ResolveValueSet(HttpContext context, ServedVocabulary vocabulary, OperationParameters parameters)
    {
        var url = parameters.String("url");
        if (context.Request.RouteValues["id"] is string id)
        {
            var byId = VocabularyArguments.FindValueSetById(vocabulary, id)
                ?? throw FhirOperationException.NotFound($"ValueSet/{VocabularyArguments.Clip(id)} is not known.");
            if (url is not null && VocabularyArguments.FindValueSetScheme(vocabulary, url) != byId)
            {
                throw FhirOperationException.Invalid("url", $"'{VocabularyArguments.Clip(url)}' is not the url of ValueSet/{id}.");
            }

            return byId;
        }

        if (url is null)
        {
            throw FhirOperationException.Required("url", "the canonical URL of the ValueSet to expand (or call ValueSet/{id}/$expand).");
        }

        return VocabularyArguments.FindValueSetScheme(vocabulary, url)
            ?? throw FhirOperationException.NotFound($"ValueSet '{VocabularyArguments.Clip(url)}' is not known to this server.", "url");
    }

    private static void WriteCompose(Utf8JsonWriter writer, ConceptScheme scheme, string version)
    {
        writer.WriteStartObject("compose");
        writer.WriteStartArray("include");
        writer.WriteStartObject();
        writer.WriteString("system", scheme.Iri);
        writer.WriteString("version", version);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteContains(Utf8JsonWriter writer, ServedVocabulary vocabulary, Concept concept, string[]? languages, bool designations)
    {
        writer.WriteStartObject();
        writer.WriteString("system", concept.Scheme.Iri);
        if (concept.Deprecated)
        {
            writer.WriteBoolean("inactive", true);
        }

        writer.WriteString("version", vocabulary.Version);
        writer.WriteString("code", concept.Code);
        writer.WriteString("display", concept.Display(languages));
        if (designations)
        {
            writer.WriteStartArray("designation");
            foreach (var designation in ConceptDesignation.Of(vocabulary.Snapshot.Lookup(concept).Designations))
            {
                designation.WriteTo(writer);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteExpansionParameter(Utf8JsonWriter writer, string name, string valueProperty, string value)
    {
        writer.WriteStartObject();
        writer.WriteString("name", name);
        writer.WriteString(valueProperty, value);
        writer.WriteEndObject();
    }

    private static void WriteExpansionParameter(Utf8JsonWriter writer, string name, int value)
    {
        writer.WriteStartObject();
        writer.WriteString("name", name);
        writer.WriteNumber("valueInteger", value);
        writer.WriteEndObject();
    }
}
