using Hl7.Fhir.Model;
using ToekomstZorg.Semantics.Fhir.Export;
using ToekomstZorg.Semantics.Fhir.Rest.Internal;
using ToekomstZorg.Semantics.Vocabulary.Model;

namespace ToekomstZorg.Semantics.Fhir.Rest.Operations;

/// <summary>
/// ValueSet/$expand (http://hl7.org/fhir/R4/valueset-operation-expand.html), type level (<c>url</c>) and on an instance
/// (<c>ValueSet/{id}/$expand</c>). The value sets are one per scheme (all its concepts); <c>url</c> may also be the code
/// system's IRI (its implicit value set). In: <c>url</c>, <c>valueSetVersion</c>, <c>filter</c>, <c>count</c>,
/// <c>offset</c>, <c>activeOnly</c>, <c>includeDesignations</c>, <c>includeDefinition</c>, <c>displayLanguage</c>.
/// The members are the snapshot's expansion (<see cref="ToekomstZorg.Semantics.Vocabulary.VocabularySnapshot.Expand"/>, with its filter rule).
/// Out: the ValueSet with <c>expansion</c> (identifier, timestamp, total, offset, parameter, contains).
/// </summary>
internal static class ExpandOperation
{
    private const int DefaultCount = 1000;

    private static readonly OperationSignature Signature = new("ValueSet/$expand", ["url", "valueSet", "valueSetVersion", "filter", "count", "offset", "activeOnly", "includeDesignations", "includeDefinition", "displayLanguage"]);

    public static ValueSet Run(FhirRestFacade facade, FhirRestRequest request)
    {
        var parameters = OperationParameters.Read(request, Signature);
        if (parameters.Has("valueSet"))
        {
            throw FhirRestOutcome.NotSupported("Expanding a ValueSet passed in the request is not supported; use url.", "valueSet");
        }

        var scheme = ResolveValueSet(facade, request.Id, parameters);
        var version = parameters.String("valueSetVersion");
        if (version is not null && version != facade.Version)
        {
            throw FhirRestOutcome.NotFound($"Version '{FhirRestOutcome.Clip(version)}' of the ValueSet is not served; the current version is '{facade.Version}'.", "valueSetVersion");
        }

        var filterText = parameters.String("filter") ?? string.Empty;
        var count = parameters.Integer("count") ?? DefaultCount;
        var offset = parameters.Integer("offset") ?? 0;
        var activeOnly = parameters.Boolean("activeOnly") ?? false;
        var designations = parameters.Boolean("includeDesignations") ?? false;
        var definition = parameters.Boolean("includeDefinition") ?? false;
        var displayLanguage = parameters.String("displayLanguage");
        var languages = displayLanguage is null ? null : new[] { displayLanguage };

        var expansion = facade.Snapshot.Expand(scheme, filterText, activeOnly);
        var matches = expansion.Concepts;
        var expansionParameters = new List<ValueSet.ParameterComponent> { Parameter("version", new FhirUri($"{scheme.Iri}|{facade.Version}")) };
        if (expansion.IsFiltered)
        {
            expansionParameters.Add(Parameter("filter", new FhirString(filterText)));
        }

        expansionParameters.Add(Parameter("count", new Integer(count)));
        expansionParameters.Add(Parameter("offset", new Integer(offset)));
        return new ValueSet
        {
            Id = scheme.Key,
            Url = facade.Exporter.ValueSetUrl(scheme.Key),
            Version = facade.Version,
            Name = "ValueSet" + new string(scheme.Key.Where(char.IsAsciiLetterOrDigit).ToArray()),
            Title = string.IsNullOrWhiteSpace(scheme.Title()) ? null : scheme.Title(),
            Status = PublicationStatus.Draft,
            Compose = definition
                ? new ValueSet.ComposeComponent { Include = [new ValueSet.ConceptSetComponent { System = scheme.Iri, Version = facade.Version }] }
                : null,
            Expansion = new ValueSet.ExpansionComponent
            {
                Identifier = "urn:uuid:" + Guid.NewGuid().ToString("D"),
                TimestampElement = new FhirDateTime(FhirInstant.ToSeconds(DateTimeOffset.UtcNow)),
                Total = matches.Count,
                Offset = offset,
                Parameter = expansionParameters,
                Contains = matches.Skip(offset).Take(count).Select(c => Contains(facade, c, languages, designations)).ToList(),
            },
        };
    }

    private static ConceptScheme ResolveValueSet(FhirRestFacade facade, string? id, OperationParameters parameters)
    {
        var url = parameters.String("url");
        if (id is not null)
        {
            var byId = VocabularyArguments.FindValueSetById(facade, id)
                ?? throw FhirRestOutcome.NotFound($"ValueSet/{FhirRestOutcome.Clip(id)} is not known.");
            if (url is not null && VocabularyArguments.FindValueSetScheme(facade, url) != byId)
            {
                throw FhirRestOutcome.Invalid("url", $"'{FhirRestOutcome.Clip(url)}' is not the url of ValueSet/{id}.");
            }

            return byId;
        }

        if (url is null)
        {
            throw FhirRestOutcome.Required("url", "the canonical URL of the ValueSet to expand (or call ValueSet/{id}/$expand).");
        }

        return VocabularyArguments.FindValueSetScheme(facade, url)
            ?? throw FhirRestOutcome.NotFound($"ValueSet '{FhirRestOutcome.Clip(url)}' is not known to this server.", "url");
    }

    private static ValueSet.ContainsComponent Contains(FhirRestFacade facade, Concept concept, string[]? languages, bool designations) => new()
    {
        System = concept.Scheme.Iri,
        Inactive = concept.Deprecated ? true : null,
        Version = facade.Version,
        Code = concept.Code,
        Display = concept.Display(languages),
        Designation = designations
            ? ConceptDesignation.Of(facade.Snapshot.Lookup(concept).Designations).Select(d => d.ToValueSetDesignation()).ToList()
            : [],
    };

    private static ValueSet.ParameterComponent Parameter(string name, DataType value) => new() { Name = name, Value = value };
}
