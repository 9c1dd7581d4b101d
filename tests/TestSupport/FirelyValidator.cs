using System.Text;
using Firely.Fhir.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;
using ToekomstZorg.Semantics.Fhir.Conformance;

namespace ToekomstZorg.Semantics.TestSupport;

/// <summary>
/// Judges FHIR output with Firely's validator (Firely.Fhir.Validation.R4), not our own code: the R4 core definitions
/// from Hl7.Fhir.Specification.Data.R4 (<c>specification.zip</c>, copied next to the test assembly, read by
/// <see cref="ZipSource"/>), plus the StructureDefinitions of the extensions we write (<see cref="ExtensionDefinitions"/>;
/// Firely generates their snapshots), and the core terminology (<see cref="LocalTerminologyService"/>) followed by any
/// service a test adds. JSON is read by Firely's strict <see cref="FhirJsonDeserializer"/> first, so an element Firely
/// does not know fails before validation. Each test project that compiles this file in references
/// Firely.Fhir.Validation.R4 and Hl7.Fhir.Specification.Data.R4.
/// </summary>
internal static class FirelyValidator
{
    /// <summary>A CarePlan profile that binds <c>CarePlan.category</c> (required) to <paramref name="valueSetUrl"/>.</summary>
    public static StructureDefinition CarePlanCategoryBoundTo(string valueSetUrl) => new()
    {
        Url = "https://example.org/fhir/StructureDefinition/ggz-careplan",
        Name = "GgzCarePlan",
        Status = PublicationStatus.Draft,
        FhirVersion = FHIRVersion.N4_0_1,
        Kind = StructureDefinition.StructureDefinitionKind.Resource,
        Abstract = false,
        Type = "CarePlan",
        BaseDefinition = "http://hl7.org/fhir/StructureDefinition/CarePlan",
        Derivation = StructureDefinition.TypeDerivationRule.Constraint,
        Differential = new StructureDefinition.DifferentialComponent
        {
            Element =
            [
                new ElementDefinition
                {
                    ElementId = "CarePlan.category",
                    Path = "CarePlan.category",
                    Binding = new ElementDefinition.ElementDefinitionBindingComponent { Strength = BindingStrength.Required, ValueSet = valueSetUrl },
                },
            ],
        },
    };

    // Warnings we accept, each with the reason; every other warning and every error fails ShouldBeValidByFirely.
    private static readonly (string Contains, string Why)[] AcceptedWarnings =
    [
    ];

    private static readonly Lazy<IAsyncResourceResolver> CoreAndOurs = new(() =>
        new CachedResolver(new SnapshotSource(new MultiResolver(
            new InMemoryResourceResolver([.. ExtensionDefinitions.Own("test"), .. ExtensionDefinitions.IssuePosition()]),
            ZipSource.CreateValidationSource()))));

    private static readonly Lazy<Validator> Default = new(() => Create());

    // Firely's SnapshotSource refuses a second snapshot generation while one runs ("Invalid snapshot generator state"):
    // tests run in parallel, so validations are serialised.
    private static readonly object Gate = new();

    private static readonly FhirJsonDeserializer JsonDeserializer = new();
    private static readonly FhirXmlDeserializer XmlDeserializer = new();

    /// <summary>The core definitions and ours, for tests that build their own validator (e.g. with a profile).</summary>
    public static IAsyncResourceResolver Resolver => CoreAndOurs.Value;

    /// <summary>
    /// A validator over the core definitions, ours and <paramref name="extraResources"/> (profiles, value sets), with the
    /// core terminology and then <paramref name="terminology"/> (if any) through Firely's <see cref="MultiTerminologyService"/>.
    /// </summary>
    public static Validator Create(ITerminologyService? terminology = null, params Resource[] extraResources)
    {
        IAsyncResourceResolver resolver = extraResources.Length == 0
            ? CoreAndOurs.Value
            : new CachedResolver(new SnapshotSource(new MultiResolver(new InMemoryResourceResolver(extraResources), CoreAndOurs.Value)));
        var core = LocalTerminologyService.CreateDefaultForCore(resolver);
        var services = terminology is null ? core : new MultiTerminologyService(terminology, core);
        return new Validator(resolver, services);
    }

    /// <summary>Reads FHIR JSON with Firely's deserializer and validates it.</summary>
    public static OperationOutcome ValidateJson(ReadOnlySpan<byte> json) => Validate(ParseJson(json));

    /// <summary>Reads FHIR JSON with Firely's strict deserializer (throws on anything Firely does not accept).</summary>
    public static Resource ParseJson(ReadOnlySpan<byte> json) => JsonDeserializer.DeserializeResource(Encoding.UTF8.GetString(json));

    /// <summary>Reads FHIR XML with Firely's strict deserializer.</summary>
    public static Resource ParseXml(ReadOnlySpan<byte> xml) => XmlDeserializer.DeserializeResource(Encoding.UTF8.GetString(xml));

    /// <summary>Validates <paramref name="resource"/> with the default validator.</summary>
    public static OperationOutcome Validate(Resource resource) => Validate(Default.Value, resource);

    /// <summary>Validates <paramref name="resource"/> with <paramref name="validator"/> (against <paramref name="profile"/> if given), one validation at a time.</summary>
    public static OperationOutcome Validate(Validator validator, Resource resource, string? profile = null)
    {
        lock (Gate)
        {
            return validator.Validate(resource, profile);
        }
    }

    public static void ShouldBeValidByFirely(this byte[] json) => ShouldBeValidByFirely(ParseJson(json));

    public static void ShouldBeValidByFirely(this ReadOnlyMemory<byte> json) => ShouldBeValidByFirely(ParseJson(json.Span));

    public static void ShouldBeValidByFirely(this Resource resource) => Validate(resource).ShouldHaveNoProblems(resource);

    /// <summary>No error and no warning other than the accepted ones (<see cref="AcceptedWarnings"/>).</summary>
    public static void ShouldHaveNoProblems(this OperationOutcome outcome, Resource resource)
    {
        var problems = outcome.Issue
            .Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal
                || (i.Severity == OperationOutcome.IssueSeverity.Warning && !AcceptedWarnings.Any(a => Text(i).Contains(a.Contains, StringComparison.Ordinal))))
            .Select(i => $"{i.Severity}: {Text(i)} @ {string.Join(",", i.Expression ?? [])}")
            .ToArray();
        problems.Should().BeEmpty($"Firely's validator judges {resource.TypeName}/{resource.Id}");
    }

    public static string Text(OperationOutcome.IssueComponent issue) => issue.Details?.Text ?? issue.Diagnostics ?? string.Empty;
}
