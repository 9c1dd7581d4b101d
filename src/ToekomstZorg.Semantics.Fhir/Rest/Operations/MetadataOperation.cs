using System.Reflection;
using Hl7.Fhir.Model;
using ToekomstZorg.Semantics.Fhir.Rest.Internal;

namespace ToekomstZorg.Semantics.Fhir.Rest.Operations;

/// <summary>
/// <c>GET /fhir/metadata</c> (http://hl7.org/fhir/R4/http.html#capabilities): the CapabilityStatement, or with
/// <c>?mode=terminology</c> the TerminologyCapabilities (http://hl7.org/fhir/R4/terminologycapabilities.html).
/// </summary>
internal static class MetadataOperation
{
    private const string Id = "toekomstzorg-terminology";
    private const string Publisher = "ToekomstZorg";

    private static readonly string SoftwareVersion =
        typeof(MetadataOperation).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static Resource Run(FhirRestFacade facade, FhirRestRequest request) =>
        OperationParameters.OfQuery(request.Query).String("mode") switch
        {
            null or "full" or "normative" => ServerCapabilities(facade, request.BaseUrl),
            "terminology" => ServerTerminologyCapabilities(facade, request.BaseUrl),
            var mode => throw FhirRestOutcome.Invalid("mode", $"mode must be full, normative or terminology, not '{FhirRestOutcome.Clip(mode)}'."),
        };

    private static CapabilityStatement ServerCapabilities(FhirRestFacade facade, string baseUrl)
    {
        var resources = new List<CapabilityStatement.ResourceComponent>
        {
            TerminologyResource("CodeSystem", ("lookup", "http://hl7.org/fhir/OperationDefinition/CodeSystem-lookup"),
                ("validate-code", "http://hl7.org/fhir/OperationDefinition/CodeSystem-validate-code"),
                ("subsumes", "http://hl7.org/fhir/OperationDefinition/CodeSystem-subsumes")),
            TerminologyResource("ValueSet", ("expand", "http://hl7.org/fhir/OperationDefinition/ValueSet-expand"),
                ("validate-code", "http://hl7.org/fhir/OperationDefinition/ValueSet-validate-code")),
            TerminologyResource("ConceptMap", ("translate", "http://hl7.org/fhir/OperationDefinition/ConceptMap-translate")),
            TerminologyResource("StructureDefinition"),
        };
        foreach (var type in FhirRestFacade.TranslatableResourceTypes)
        {
            resources.Add(new CapabilityStatement.ResourceComponent
            {
                Type = type,
                Documentation = FhirRestFacade.ResourceTranslationIsJsonOnly,
                Operation = [Operation("translate", $"{FhirRestFacade.OwnOperationBase}{type}-translate")],
            });
        }

        return new CapabilityStatement
        {
            Id = Id,
            Version = SoftwareVersion,
            Name = "ToekomstZorgTerminologyServer",
            Title = "ToekomstZorg Semantics terminology server",
            Status = PublicationStatus.Active,
            Experimental = false,
            DateElement = new FhirDateTime(FhirInstant.ToSeconds(facade.LoadedAt)),
            Publisher = Publisher,
            Description = "The shared cross-sector care vocabulary of Flanders (kern and one scheme per sector) as FHIR R4 terminology, and CarePlan/CareTeam translation between sectors.",
            Kind = CapabilityStatementKind.Instance,
            Instantiates = ["http://hl7.org/fhir/CapabilityStatement/terminology-server"],
            Software = new CapabilityStatement.SoftwareComponent { Name = "ToekomstZorg Semantics", Version = SoftwareVersion },
            Implementation = new CapabilityStatement.ImplementationComponent { Description = "ToekomstZorg Semantics terminology server", Url = baseUrl },
            FhirVersion = FHIRVersion.N4_0_1,
            Format = ["application/fhir+json", "json", "application/fhir+xml", "xml"],
            Rest =
            [
                new CapabilityStatement.RestComponent
                {
                    Mode = CapabilityStatement.RestfulCapabilityMode.Server,
                    Documentation = $"Vocabulary version {facade.Version}.",
                    Resource = resources,
                },
            ],
        };
    }

    private static TerminologyCapabilities ServerTerminologyCapabilities(FhirRestFacade facade, string baseUrl) => new()
    {
        Id = Id,
        Version = SoftwareVersion,
        Name = "ToekomstZorgTerminologyCapabilities",
        Status = PublicationStatus.Active,
        Experimental = false,
        DateElement = new FhirDateTime(FhirInstant.ToSeconds(facade.LoadedAt)),
        Publisher = Publisher,
        Kind = CapabilityStatementKind.Instance,
        Software = new TerminologyCapabilities.SoftwareComponent { Name = "ToekomstZorg Semantics", Version = SoftwareVersion },
        Implementation = new TerminologyCapabilities.ImplementationComponent { Description = "ToekomstZorg Semantics terminology server", Url = baseUrl },
        LockedDate = false,
        CodeSystem = facade.Snapshot.Schemes.Select(scheme => new TerminologyCapabilities.CodeSystemComponent
        {
            Uri = scheme.Iri,
            Version =
            [
                new TerminologyCapabilities.VersionComponent
                {
                    Code = facade.Version,
                    IsDefault = true,
                    Compositional = false,
                    Language = scheme.Concepts.SelectMany(c => c.PrefLabels.Keys).Where(l => l.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList(),
                    Property = ["parent", "child", "status", "inactive", "definition"],
                },
            ],
            Subsumption = true,
        }).ToList(),
        Expansion = new TerminologyCapabilities.ExpansionComponent
        {
            Hierarchical = false,
            Paging = true,
            Incomplete = false,
            Parameter = new[] { "filter", "count", "offset", "activeOnly", "includeDesignations", "includeDefinition", "displayLanguage" }
                .Select(name => new TerminologyCapabilities.ParameterComponent { Name = name }).ToList(),
            TextFilter = "Every word of the filter must start a word of a label (preferred or alternative, any language) or of the code; case and diacritics are ignored.",
        },
        CodeSearch = TerminologyCapabilities.CodeSearchSupport.All,
        ValidateCode = new TerminologyCapabilities.ValidateCodeComponent { Translations = false },
        Translation = new TerminologyCapabilities.TranslationComponent { NeedsMap = false },
        Closure = new TerminologyCapabilities.ClosureComponent { Translation = false },
    };

    private static CapabilityStatement.ResourceComponent TerminologyResource(string type, params (string Name, string Definition)[] operations) => new()
    {
        Type = type,
        Interaction =
        [
            new CapabilityStatement.ResourceInteractionComponent { Code = CapabilityStatement.TypeRestfulInteraction.Read },
            new CapabilityStatement.ResourceInteractionComponent { Code = CapabilityStatement.TypeRestfulInteraction.SearchType },
        ],
        SearchParam =
        [
            new CapabilityStatement.SearchParamComponent { Name = "url", Type = SearchParamType.Uri },
            new CapabilityStatement.SearchParamComponent { Name = "_id", Type = SearchParamType.Token },
            new CapabilityStatement.SearchParamComponent { Name = "version", Type = SearchParamType.Token },
        ],
        Operation = operations.Select(o => Operation(o.Name, o.Definition)).ToList(),
    };

    private static CapabilityStatement.OperationComponent Operation(string name, string definition) => new() { Name = name, Definition = definition };
}
