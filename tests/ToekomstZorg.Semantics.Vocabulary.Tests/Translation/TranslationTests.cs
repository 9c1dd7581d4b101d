using ToekomstZorg.Semantics.Vocabulary.Tests.Support;
using ToekomstZorg.Semantics.Vocabulary.Translation;

namespace ToekomstZorg.Semantics.Vocabulary.Tests.Translation;

public sealed class TranslationTests : IDisposable
{
    private readonly FixtureVocabulary _fixture = new();
    private readonly VocabularySnapshot _snapshot;

    public TranslationTests() => _snapshot = _fixture.Load().Snapshot;

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Translate_VaphDubbeldiagnoseToGgz_NotEquivalentAndFalseFriend()
    {
        var result = _snapshot.Translate("vaph", "dubbeldiagnose", "ggz");
        result.Status.Should().Be(TranslationStatus.Matched);
        var match = result.Matches.Single();
        match.Target.Code.Should().Be("dubbeldiagnose");
        match.Equivalence.Should().Be(Equivalence.Inexact, "wider (vaph→kern) then narrower (kern→ggz) is only inexact");
        match.IsFalseFriend.Should().BeTrue();
        match.Warnings.Should().ContainSingle().Which.Should().Contain("false friend").And.Contain("Zelfde woord, andere doelgroep");
        match.PathSteps.Should().Equal(
            "https://w3id.org/toekomstzorg/vaph/dubbeldiagnose", "skos:broadMatch",
            "https://w3id.org/toekomstzorg/kern/dubbeldiagnose", "^skos:broadMatch",
            "https://w3id.org/toekomstzorg/ggz/dubbeldiagnose");
        match.Rationales.Should().Equal("VAPH: verstandelijke beperking + psychiatrische problemen.", "GGZ: verslaving + psychiatrische stoornis.");
    }

    [Fact]
    public void Translate_ExactThroughKern_Equivalent()
    {
        var match = _snapshot.Translate("ggz", "huisarts", "vaph").Matches.Single();
        match.Equivalence.Should().Be(Equivalence.Equivalent);
        match.IsFalseFriend.Should().BeFalse();
    }

    [Theory]
    [InlineData("ggz", "dubbeldiagnose", "kern", "dubbeldiagnose", Equivalence.Wider)]
    [InlineData("kern", "dubbeldiagnose", "ggz", "dubbeldiagnose", Equivalence.Narrower)]
    [InlineData("ggz", "zorgplan", "kern", "zorgplan", Equivalence.Narrower)]
    [InlineData("kern", "zorgplan", "ggz", "zorgplan", Equivalence.Wider)]
    [InlineData("vaph", "ondersteuningsplan", "kern", "zorgplan", Equivalence.Inexact)]
    [InlineData("vaph", "zorgcoordinatie", "kern", "zorgcoordinatie", Equivalence.RelatedTo)]
    [InlineData("ggz", "zorgplan", "vaph", "ondersteuningsplan", Equivalence.Inexact)]
    [InlineData("https://w3id.org/toekomstzorg/ggz", "huisarts", "https://w3id.org/toekomstzorg/kern/", "huisarts", Equivalence.Equivalent)]
    public void Translate_OneAndTwoHops_FollowTheDesignSemantics(string system, string code, string target, string expectedCode, Equivalence expected)
    {
        var match = _snapshot.Translate(system, code, target).Matches.Single(m => m.Target.Code == expectedCode);
        match.Equivalence.Should().Be(expected);
    }

    [Fact]
    public void Translate_NoPath_Unmatched()
    {
        var result = _snapshot.Translate("vaph", "zorgcoordinatie", "ggz");
        result.Status.Should().Be(TranslationStatus.Unmatched);
        result.Source!.Code.Should().Be("zorgcoordinatie");
        result.Matches.Should().BeEmpty();
    }

    [Theory]
    [InlineData("nope", "huisarts", "ggz", TranslationStatus.UnknownSystem)]
    [InlineData("ggz", "nope", "vaph", TranslationStatus.UnknownCode)]
    [InlineData("ggz", "huisarts", "nope", TranslationStatus.UnknownTargetSystem)]
    public void Translate_UnknownInputs_SayWhich(string system, string code, string target, TranslationStatus status) =>
        _snapshot.Translate(system, code, target).Status.Should().Be(status);

    [Fact]
    public void Translate_SameScheme_Equal()
    {
        var match = _snapshot.Translate("ggz", "huisarts", "ggz").Matches.Single();
        match.Equivalence.Should().Be(Equivalence.Equal);
        match.Target.Code.Should().Be("huisarts");
    }

    [Fact]
    public void Subsumes_BroaderChain_SubsumesAndSubsumedBy()
    {
        _snapshot.TryGetConcept("kern", "zorgcoordinatie", out var parent).Should().BeTrue();
        _snapshot.TryGetConcept("kern", "zorgcoordinator", out var child).Should().BeTrue();
        VocabularySnapshot.Subsumes(parent!, child!).Should().Be(SubsumptionOutcome.Subsumes);
        VocabularySnapshot.Subsumes(child!, parent!).Should().Be(SubsumptionOutcome.SubsumedBy);
        VocabularySnapshot.Subsumes(parent!, parent!).Should().Be(SubsumptionOutcome.Equivalent);
        parent!.Narrower.Should().ContainSingle().Which.Should().BeSameAs(child);
    }

    [Fact]
    public void Version_NewestModifiedPlusContentHash_ChangesWithContent()
    {
        var version = _snapshot.Version;
        version.Should().MatchRegex("^2026-11-21\\+[0-9a-f]{12}$");
        File.AppendAllText(_fixture.PathOf("kern.ttl"), "\n# a comment changes the bytes\n");
        _fixture.Load().Snapshot.Version.Should().NotBe(version).And.StartWith("2026-11-21+");
    }
}
