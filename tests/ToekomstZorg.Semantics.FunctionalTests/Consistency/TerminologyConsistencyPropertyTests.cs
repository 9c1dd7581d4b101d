using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ToekomstZorg.Semantics.FunctionalTests.Support;

namespace ToekomstZorg.Semantics.FunctionalTests.Consistency;

/// <summary>
/// One model, three edges: over every concept of the repository's <c>vocab/</c> and random codes, displays, filters and
/// targets (near-misses included), gRPC, FHIR REST and tzsem give the same verdict, because each maps the same
/// <c>VocabularySnapshot</c> operation. A bounded number of cases per property keeps the run short.
/// </summary>
public sealed class TerminologyConsistencyPropertyTests : IClassFixture<FunctionalServer>, IDisposable
{
    private const int Cases = 25;
    private readonly ThreeEdges _edges;
    private readonly TerminologyCases _cases;

    public TerminologyConsistencyPropertyTests(FunctionalServer server)
    {
        _edges = new ThreeEdges(server);
        _cases = new TerminologyCases(server.Vocabulary.Current.Snapshot);
    }

    public void Dispose() => _edges.Dispose();

    [Property(MaxTest = Cases)]
    public Property ValidateCode_RandomCodeAndDisplay_SameVerdictAndDisplayOnEveryEdge() =>
        Prop.ForAll(_cases.Validations(), c => Same(_edges.Validate(c), c));

    [Property(MaxTest = Cases)]
    public Property Subsumes_RandomPairInAScheme_SameOutcomeOnEveryEdge() =>
        Prop.ForAll(_cases.Subsumptions(), c => Same(_edges.Subsumes(c), c));

    [Property(MaxTest = Cases)]
    public Property Translate_RandomConceptAndTarget_SameTargetsAndEquivalencesOnEveryEdge() =>
        Prop.ForAll(_cases.Translations(), c => Same(_edges.Translate(c), c));

    [Property(MaxTest = Cases)]
    public Property Expand_RandomFilter_SameMembersOnEveryEdge() =>
        Prop.ForAll(_cases.Expansions(), c => Same(_edges.Expand(c), c));

    [Fact]
    public void Cases_CoverTheWholeVocabularyAndItsNearMisses()
    {
        // The generators draw from every concept; the vocabulary has hidden and alternative labels to miss with.
        _cases.Concepts.Should().HaveCountGreaterThan(100);
        _cases.Concepts.SelectMany(c => c.Labels).Select(l => l.Kind).Distinct().Should().HaveCount(3);
        var validations = Gen.Sample(_cases.Validations().Generator, 50, 30);
        validations.Select(v => _edges.Validate(v).Grpc.StartsWith("valid", StringComparison.Ordinal)).Distinct()
            .Should().HaveCount(2, "the random cases include valid and invalid codes and displays");
    }

    private static void Same((string Grpc, string Fhir, string Cli) answers, object question)
    {
        answers.Fhir.Should().Be(answers.Grpc, $"FHIR REST and gRPC answer {question} alike");
        answers.Cli.Should().Be(answers.Grpc, $"tzsem and gRPC answer {question} alike");
    }
}
